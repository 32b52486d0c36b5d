package com.caresupport.gateway.queue;

import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * Drives every {@link WorkQueue}: one schedule per queue, at the interval its configuration gives, each run
 * claiming a batch of due rows and working on them one by one; and the immediate path, which claims a single
 * row as soon as it is stored. Safe to run on every instance at once: the claim decides who works on a row.
 * <p>
 * A stop lets the row in hand finish and gives the rest of a claimed batch back, before Hibernate, the
 * transaction manager and the Linq client close: otherwise a batch went on being worked while they closed under
 * it, each row failing (a message sent whose answer could not be recorded), and the rows waited a whole lease
 * after the restart.
 */
@ApplicationScoped
public class QueueWorker {

    private static final String INSTANCE = "gateway-" + UUID.randomUUID().toString().substring(0, 8);
    /** How long a stop waits for the rows in hand; a Linq call is bounded by the client's read timeout. */
    static final Duration STOP_WAIT = Duration.ofSeconds(10);

    private final Leases leases;
    private final Scheduler scheduler;
    private final Instance<WorkQueue<?>> queues;
    /** Drains and immediate runs under way; a stop waits for them. */
    private final InHand inHand = new InHand();

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

    /**
     * Fired when the gateway stops, once the HTTP requests in flight are done and before Hibernate, the transaction
     * manager and the Linq client close: no new claim is made, and the rows in hand are finished (for at most
     * {@link #STOP_WAIT}).
     */
    void stopping(@Observes ShutdownEvent event) throws InterruptedException {
        inHand.refuseNew();
        if (inHand.runs() > 0) {
            Log.infof("Stopping: finishing the queue rows in hand (%d runs)", inHand.runs());
        }
        int left = inHand.awaitNone(STOP_WAIT);
        if (left > 0) {
            Log.warnf("Stopping with %d queue runs still under way; their rows are claimed again once their leases end",
                    left);
        }
    }

    /**
     * Claims a batch of due rows as {@code worker} and works on them; returns how many it claimed. Once the
     * gateway is stopping, the rows not yet worked on are given back, due at once for the next start.
     */
    public <E extends Leased> int drain(WorkQueue<E> queue, String worker) {
        inHand.enter();
        try {
            if (inHand.refused()) {
                return 0;
            }
            List<String> claimed = leases.claimDue(queue, worker);
            for (int i = 0; i < claimed.size(); i++) {
                if (inHand.refused()) {
                    leases.release(queue, claimed.subList(i, claimed.size()), worker);
                    break;
                }
                work(queue, claimed.get(i));
            }
            return claimed.size();
        } finally {
            inHand.leave();
        }
    }

    /**
     * Works on row {@code id} now, if this instance wins its lease; false when another worker holds it, or
     * when the gateway is stopping (the row is then worked on after the restart).
     */
    public <E extends Leased> boolean runNow(WorkQueue<E> queue, String id) {
        inHand.enter();
        try {
            if (inHand.refused() || !leases.claim(queue, id, INSTANCE)) {
                return false;
            }
            work(queue, id);
            return true;
        } finally {
            inHand.leave();
        }
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
