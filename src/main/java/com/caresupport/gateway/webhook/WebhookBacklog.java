package com.caresupport.gateway.webhook;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Hands stored events to {@link WebhookProcessor} on a thread of its own. One async observer per delivery
 * on the shared worker pool had dozens of threads queueing on the database at once, ahead of the receiver's own
 * commits and its request threads. The thread takes the events waiting at that moment, up to a batch, and
 * processes them in one transaction: under a burst one commit serves many events.
 * <p>
 * Answering Linq comes first: while deliveries keep arriving, the thread works at most a fifth of the time
 * (after a batch, it waits four times as long as the batch took, or until the deliveries stop), so that the
 * receiver has the processors to itself without processing ever stopping; once the burst is over it works at
 * full speed. An event that does not fit in the queue stays stored as received: this thread looks for such
 * events in the table once its queue is empty, oldest first (and at start-up, for those a crash left), and the
 * processor's retry job takes them up too once they are a minute old.
 */
@ApplicationScoped
public class WebhookBacklog {

    /** Events per transaction, at most: enough to share a commit widely, few enough to keep a batch short. */
    static final int BATCH = 100;
    /** While deliveries arrive, the wait after a batch, as a multiple of the time the batch took. */
    private static final int YIELD = 4;
    /** How recent the last delivery must be for the receiver to count as busy. */
    private static final long BUSY_NANOS = TimeUnit.MILLISECONDS.toNanos(20);
    /** How long a stop waits for the batches in hand. */
    static final Duration STOP_WAIT = Duration.ofSeconds(10);
    /** Queued once per thread at a stop, so that an idle thread ends at once (an event id is never empty). */
    private static final String WAKE = "";

    private final WebhookProcessor processor;
    private final WebhookConfig config;
    private BlockingQueue<String> waiting;
    /** Set when an event did not fit in the queue: the table holds events the queue does not. */
    private final AtomicBoolean overflowed = new AtomicBoolean();
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running = true;
    private volatile long lastArrival = System.nanoTime() - BUSY_NANOS;

    WebhookBacklog(WebhookProcessor processor, WebhookConfig config) {
        this.processor = processor;
        this.config = config;
    }

    /**
     * In the server (the scheduler runs; a CLI verb does not start it), starts the thread at once and has it look
     * for events left as received, by a crash say, instead of leaving them to the retry job.
     */
    void started(@Observes StartupEvent event, Scheduler scheduler) {
        if (scheduler.isStarted()) {
            overflowed.set(true);
        }
    }

    /** Not in the constructor: the bean's client proxy is a subclass, and would make threads of its own. */
    @PostConstruct
    void start() {
        waiting = new ArrayBlockingQueue<>(config.processingQueue());
        for (int i = 1; i <= config.processingThreads(); i++) {
            Thread thread = new Thread(this::run, "webhook-processor-" + i);
            thread.setDaemon(true);
            thread.start();
            threads.add(thread);
        }
    }

    /**
     * Fired when the gateway stops, before Hibernate and the transaction manager close: the threads finish the
     * batch in hand (for at most {@link #STOP_WAIT}) and end; what they had not taken stays stored as received, for
     * the next start. Stopped only when the bean was destroyed, they went on working while Hibernate closed, and
     * every batch in hand failed and was logged as an error, at every deploy.
     */
    void stopping(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        threads.forEach(thread -> waiting.offer(WAKE));
        long deadline = System.nanoTime() + STOP_WAIT.toNanos();
        for (Thread thread : threads) {
            TimeUnit.NANOSECONDS.timedJoin(thread, Math.max(1, deadline - System.nanoTime()));
        }
        stop();
    }

    @PreDestroy
    void stop() {
        running = false;
        threads.stream().filter(Thread::isAlive).forEach(Thread::interrupt);
    }

    /**
     * A delivery has come in, before it is stored: the receiver is busy from the moment deliveries arrive, not
     * only when their commits end. Counted at the end of the commit only, a slow commit looked like a pause in the
     * load, and this thread took the processors for a whole batch while the receiver's commits queued behind it.
     */
    public void arriving() {
        lastArrival = System.nanoTime();
    }

    /** Processes a just-stored event soon, off the request that stored it. */
    public void process(String eventId) {
        lastArrival = System.nanoTime();
        if (!waiting.offer(eventId)) {
            overflowed.set(true);
            Log.debugf("Webhook processing queue full; event %s waits in the table", eventId);
        }
    }

    private void run() {
        List<String> batch = new ArrayList<>(BATCH);
        while (running) {
            try {
                String first = waiting.poll(100, TimeUnit.MILLISECONDS);
                if (first == null || first.isEmpty()) {
                    if (overflowed.getAndSet(false)) {
                        catchUp();
                    }
                    continue;
                }
                batch.add(first);
                waiting.drainTo(batch, BATCH - 1);
                batch.removeIf(String::isEmpty);
                work(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // The retry job takes up whatever this thread could not.
                Log.errorf(e, "Looking for stored webhook events to process failed; the retry job takes them up");
            } finally {
                batch.clear();
            }
        }
    }

    /**
     * Processes the events stored as received that the queue did not hold, oldest first, a batch at a time;
     * walks the table by (next attempt, id), so each event is looked at once per catch-up however it ends.
     */
    private void catchUp() throws InterruptedException {
        Instant after = Instant.EPOCH;
        String afterId = "";
        while (running) {
            List<Object[]> page = received(after, afterId);
            if (page.isEmpty()) {
                return;
            }
            Object[] last = page.get(page.size() - 1);
            after = (Instant) last[1];
            afterId = (String) last[0];
            work(page.stream().map(row -> (String) row[0]).toList());
            if (page.size() < BATCH) {
                return;
            }
        }
    }

    /**
     * Written so that the database walks its (state, next attempt) index from {@code after} and stops after a
     * page: a bare range bound, and the ordering spelled from the index's first column. With the tie-break only
     * as an OR, H2 read every received row and sorted them for each page, and a backlog of 90 000 took minutes.
     */
    private static List<Object[]> received(Instant after, String afterId) {
        return QuarkusTransaction.requiringNew().call(() -> WebhookEvent.getEntityManager()
                .createQuery("select id, nextAttemptAt from WebhookEvent where state = :received"
                        + " and nextAttemptAt >= :after and (nextAttemptAt > :after or id > :afterId)"
                        + " and (leaseUntil is null or leaseUntil < :now) order by state, nextAttemptAt, id", Object[].class)
                .setParameter("received", WebhookEvent.State.RECEIVED)
                .setParameter("after", after)
                .setParameter("afterId", afterId)
                .setParameter("now", Instant.now())
                .setMaxResults(BATCH)
                .getResultList());
    }

    private void work(List<String> batch) throws InterruptedException {
        long started = System.nanoTime();
        try {
            processor.processAll(List.copyOf(batch));
        } catch (RuntimeException e) {
            // Each event's failure is recorded by the processor; whatever escapes, the retry job covers.
            Log.errorf(e, "Processing %d webhook events failed unexpectedly; the retry job takes them up", batch.size());
        }
        long until = System.nanoTime() + YIELD * (System.nanoTime() - started);
        while (running && receiverBusy() && System.nanoTime() < until) {
            TimeUnit.NANOSECONDS.sleep(Math.min(until - System.nanoTime(), BUSY_NANOS));
        }
    }

    private boolean receiverBusy() {
        return System.nanoTime() - lastArrival < BUSY_NANOS;
    }
}
