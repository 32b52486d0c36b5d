package com.caresupport.gateway.queue;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import java.util.List;
import java.util.UUID;

/**
 * Drives every {@link WorkQueue}: one schedule per queue, at the interval its configuration gives, each run
 * claiming a batch of due rows and working on them one by one; and the immediate path, which claims a single
 * row as soon as it is stored. Safe to run on every instance at once: the claim decides who works on a row.
 */
@ApplicationScoped
public class QueueWorker {

    private static final String INSTANCE = "gateway-" + UUID.randomUUID().toString().substring(0, 8);

    private final Leases leases;
    private final Scheduler scheduler;
    private final Instance<WorkQueue<?>> queues;

    QueueWorker(Leases leases, Scheduler scheduler, Instance<WorkQueue<?>> queues) {
        this.leases = leases;
        this.scheduler = scheduler;
        this.queues = queues;
    }

    /** This instance's name in {@code leased_by}. */
    public static String instance() {
        return INSTANCE;
    }

    void schedule(@Observes StartupEvent started) {
        if (!scheduler.isStarted()) {
            // A CLI verb, or a profile with quarkus.scheduler.enabled=false, runs without the scheduler: rows are
            // then worked only by drain() and runNow().
            return;
        }
        for (WorkQueue<?> queue : queues) {
            scheduler.newJob(queue.definition().name())
                    .setInterval(queue.definition().settings().interval().toString())
                    .setDelayed("2s")
                    .setConcurrentExecution(Scheduled.ConcurrentExecution.SKIP)
                    .setSkipPredicate(Scheduled.ApplicationNotRunning.class)
                    .setTask(execution -> drain(queue, INSTANCE))
                    .schedule();
        }
    }

    /** Claims a batch of due rows as {@code worker} and works on them; returns how many it claimed. */
    public <E extends Leased> int drain(WorkQueue<E> queue, String worker) {
        List<String> claimed = leases.claimDue(queue, worker);
        claimed.forEach(id -> work(queue, id));
        return claimed.size();
    }

    /** Works on row {@code id} now, if this instance wins its lease; false when another worker holds it. */
    public <E extends Leased> boolean runNow(WorkQueue<E> queue, String id) {
        if (!leases.claim(queue, id, INSTANCE)) {
            return false;
        }
        work(queue, id);
        return true;
    }

    private static void work(WorkQueue<?> queue, String id) {
        try {
            queue.work(id);
        } catch (RuntimeException e) {
            // The lease runs out and the row is claimed again; the rest of the batch goes on.
            Log.errorf(e, "Queue %s: working on %s failed unexpectedly", queue.definition().name(), id);
        }
    }
}
