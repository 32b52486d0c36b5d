package com.caresupport.gateway.webhook;

import io.quarkus.logging.Log;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Hands stored events to {@link WebhookProcessor} on a few threads of its own. Processing takes several commits
 * per event, and one async observer per delivery on the shared worker pool had dozens of threads queueing on
 * the database at once, ahead of the receiver's own commits and its request threads. A handful of threads
 * process as fast and leave both free. An event that does not fit in the queue stays stored as received,
 * and the processor's retry job takes it up.
 */
@ApplicationScoped
public class WebhookBacklog {

    private final Event<WebhookProcessor.Stored> stored;
    private final WebhookConfig config;
    private ThreadPoolExecutor executor;

    WebhookBacklog(Event<WebhookProcessor.Stored> stored, WebhookConfig config) {
        this.stored = stored;
        this.config = config;
    }

    /** Not in the constructor: the bean's client proxy is a subclass, and would make threads of its own. */
    @PostConstruct
    void start() {
        AtomicInteger count = new AtomicInteger();
        executor = new ThreadPoolExecutor(config.processingThreads(), config.processingThreads(), 1, TimeUnit.MINUTES,
                new ArrayBlockingQueue<>(config.processingQueue()), task -> {
                    Thread thread = new Thread(task, "webhook-processor-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                }, (task, full) -> Log.debugf("Webhook processing queue full; the retry job takes the event up"));
    }

    @PreDestroy
    void stop() {
        executor.shutdown();
    }

    /** Processes a just-stored event soon, off the request that stored it. */
    public void process(String eventId) {
        stored.fireAsync(new WebhookProcessor.Stored(eventId), NotificationOptions.ofExecutor(executor));
    }
}
