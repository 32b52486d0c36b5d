package com.caresupport.gateway.webhook;

import com.caresupport.gateway.privacy.LogMask;
import com.caresupport.gateway.queue.QueueWorker;
import com.caresupport.gateway.queue.WorkQueue;
import com.caresupport.gateway.webhook.events.MalformedPayloadException;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * Processes stored events after the receiver answered: at once, and again from the work queue for those whose
 * processing failed, with backoff, up to {@code gateway.webhook.max-attempts}. An event is claimed by a short
 * lease first, so the immediate path, the retry loop and other instances never process it at the same time;
 * a processed event is never processed again.
 */
@ApplicationScoped
public class WebhookProcessor implements WorkQueue<WebhookEvent> {

    /** An event just stored by the receiver. */
    public record Stored(String id) {
    }

    private static final Duration LEASE = Duration.ofMinutes(1);
    private static final int BATCH = 50;

    private final WebhookDispatcher dispatcher;
    private final WebhookConfig config;
    private final QueueWorker worker;

    WebhookProcessor(WebhookDispatcher dispatcher, WebhookConfig config, QueueWorker worker) {
        this.dispatcher = dispatcher;
        this.config = config;
        this.worker = worker;
    }

    /** Processes the event at once, if this caller wins its lease; the outcome is recorded on the event. */
    void onStored(@ObservesAsync Stored stored) {
        worker.runNow(this, stored.id());
    }

    @Override
    public Definition<WebhookEvent> definition() {
        return new Definition<>("webhook-retry", WebhookEvent.class,
                Set.of(WebhookEvent.State.RECEIVED, WebhookEvent.State.FAILED), config.settings(LEASE, BATCH));
    }

    @Override
    public void work(String id) {
        String payload = QuarkusTransaction.requiringNew().call(() -> WebhookEvent.<WebhookEvent>findById(id).payload);
        try {
            dispatcher.dispatch(id, payload);
            QuarkusTransaction.requiringNew().run(() -> {
                WebhookEvent event = WebhookEvent.findById(id);
                event.state = WebhookEvent.State.PROCESSED;
                event.processedAt = Instant.now();
                event.succeeded();
            });
        } catch (MalformedPayloadException e) {
            // The stored payload will never read differently: retrying would only repeat the same failure.
            Log.warnf("Webhook event %s is not shaped as its type says; left as failed: %s", id, LogMask.in(e.getMessage()));
            QuarkusTransaction.requiringNew().run(() -> {
                WebhookEvent event = WebhookEvent.findById(id);
                event.state = WebhookEvent.State.FAILED;
                event.retryLater("MalformedPayloadException: " + e.getMessage(), config.settings(LEASE, BATCH).backoff(), Duration.ZERO, Instant.now());
                event.attempts = Math.max(event.attempts, config.maxAttempts());
            });
        } catch (RuntimeException e) {
            Log.warnf(e, "Processing webhook event %s failed; it will be retried", id);
            QuarkusTransaction.requiringNew().run(() -> {
                WebhookEvent event = WebhookEvent.findById(id);
                event.state = WebhookEvent.State.FAILED;
                event.retryLater(e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()),
                        config.settings(LEASE, BATCH).backoff(), Duration.ZERO, Instant.now());
            });
        }
    }
}
