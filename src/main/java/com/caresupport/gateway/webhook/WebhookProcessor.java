package com.caresupport.gateway.webhook;

import com.caresupport.gateway.jobs.Leases;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;
import java.time.Duration;
import java.time.Instant;

/**
 * Processes stored events after the receiver answered: at once, and again on a schedule for those whose
 * processing failed. An event is claimed by a short lease first, so the immediate path, the retry job and
 * other instances never process it at the same time.
 */
@ApplicationScoped
public class WebhookProcessor {

    /** An event just stored by the receiver. */
    public record Stored(String id) {
    }

    private static final Duration LEASE = Duration.ofMinutes(1);

    private final WebhookDispatcher dispatcher;
    private final WebhookConfig config;

    WebhookProcessor(WebhookDispatcher dispatcher, WebhookConfig config) {
        this.dispatcher = dispatcher;
        this.config = config;
    }

    void onStored(@ObservesAsync Stored stored) {
        process(stored.id());
    }

    @Scheduled(identity = "webhook-retry", every = "${gateway.webhook.retry-interval:10s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void retryFailed() {
        Leases.due(WebhookEvent.class, WebhookEvent.State.PROCESSED, config.maxAttempts(), 50).forEach(this::process);
    }

    /** Processes one event if this caller wins its lease; the outcome is recorded on the event. */
    public void process(String id) {
        if (!Leases.claim(WebhookEvent.class, id, WebhookEvent.State.PROCESSED, LEASE)) {
            return;
        }
        String payload = QuarkusTransaction.requiringNew().call(() -> WebhookEvent.<WebhookEvent>findById(id).payload);
        try {
            dispatcher.dispatch(id, payload);
            QuarkusTransaction.requiringNew().run(() -> {
                WebhookEvent event = WebhookEvent.findById(id);
                event.state = WebhookEvent.State.PROCESSED;
                event.attempts++;
                event.processedAt = Instant.now();
                event.lastError = null;
                event.leaseUntil = null;
            });
        } catch (RuntimeException e) {
            Log.warnf(e, "Processing webhook event %s failed; it will be retried", id);
            QuarkusTransaction.requiringNew().run(() -> {
                WebhookEvent event = WebhookEvent.findById(id);
                event.state = WebhookEvent.State.FAILED;
                event.attempts++;
                String error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
                event.lastError = error.length() > 2000 ? error.substring(0, 2000) : error;
                event.nextAttemptAt = Leases.nextAttempt(config.retryBackoff(), event.attempts);
                event.leaseUntil = null;
            });
        }
    }
}
