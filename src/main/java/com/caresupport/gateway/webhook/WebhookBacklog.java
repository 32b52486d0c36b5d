package com.caresupport.gateway.webhook;

import io.quarkus.logging.Log;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Hands stored events to {@link WebhookProcessor} on a few threads of its own. One async observer per delivery
 * on the shared worker pool had dozens of threads queueing on the database at once, ahead of the receiver's own
 * commits and its request threads. Each thread takes the events waiting at that moment, up to a batch, and
 * processes them in one transaction: under a burst one commit serves many events, and the backlog drains faster
 * than the receiver fills it. An event that does not fit in the queue stays stored as received, and the
 * processor's retry job takes it up.
 */
@ApplicationScoped
public class WebhookBacklog {

    /** Events per transaction, at most: enough to share a commit widely, few enough to keep a batch short. */
    static final int BATCH = 32;

    private final WebhookProcessor processor;
    private final WebhookConfig config;
    private BlockingQueue<String> waiting;
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running = true;

    WebhookBacklog(WebhookProcessor processor, WebhookConfig config) {
        this.processor = processor;
        this.config = config;
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

    @PreDestroy
    void stop() {
        running = false;
        threads.forEach(Thread::interrupt);
    }

    /** Processes a just-stored event soon, off the request that stored it. */
    public void process(String eventId) {
        if (!waiting.offer(eventId)) {
            Log.debugf("Webhook processing queue full; the retry job takes event %s up", eventId);
        }
    }

    private void run() {
        List<String> batch = new ArrayList<>(BATCH);
        while (running) {
            try {
                batch.add(waiting.take());
                waiting.drainTo(batch, BATCH - 1);
                processor.processAll(List.copyOf(batch));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // Each event's failure is recorded by the processor; whatever escapes, the retry job covers.
                Log.errorf(e, "Processing %d webhook events failed unexpectedly; the retry job takes them up", batch.size());
            } finally {
                batch.clear();
            }
        }
    }
}
