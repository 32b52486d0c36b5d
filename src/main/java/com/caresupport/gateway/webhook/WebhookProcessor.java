package com.caresupport.gateway.webhook;

import com.caresupport.gateway.privacy.LogMask;
import com.caresupport.gateway.queue.QueueWorker;
import com.caresupport.gateway.queue.WorkQueue;
import com.caresupport.gateway.webhook.events.MalformedPayloadException;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Processes stored events after the receiver answered: at once, and again from the work queue for those whose
 * processing failed, with backoff, up to {@code gateway.webhook.max-attempts}. The immediate path claims an event
 * by locking its row in the one transaction that dispatches it and marks it processed;
 * the retry loop claims by a short lease first. Either way the immediate path, the retry loop and other
 * instances never process an event at the same time, and a processed event is never processed again: what
 * the dispatch stores commits with the processed mark, or not at all.
 */
@ApplicationScoped
public class WebhookProcessor implements WorkQueue<WebhookEvent> {

    private static final Duration LEASE = Duration.ofMinutes(1);
    private static final int BATCH = 50;

    private final WebhookDispatcher dispatcher;
    private final WebhookConfig config;
    WebhookProcessor(WebhookDispatcher dispatcher, WebhookConfig config) {
        this.dispatcher = dispatcher;
        this.config = config;
    }

    /**
     * Processes just-stored events at once, skipping those another worker holds; the outcome is recorded on each.
     * Together in one transaction first. Should one event fail it, that event's failure is recorded on it alone,
     * as if it had been processed by itself, and the others are processed together again; a failure no event
     * can be blamed for (the commit, say), or a third failing event, has each processed in its own transaction.
     */
    void processAll(List<String> ids) {
        List<String> remaining = ids;
        for (int failures = 0; remaining.size() > 1 && failures < 3; failures++) {
            String[] dispatching = new String[1];
            List<String> batch = remaining;
            try {
                QuarkusTransaction.requiringNew().run(() -> dispatchAll(claimable(batch), dispatching));
                return;
            } catch (RuntimeException e) {
                if (dispatching[0] == null) {
                    Log.debugf("Webhook events processed one by one after a batch failed: %s", e.getMessage());
                    break;
                }
                String failed = dispatching[0];
                failed(failed, e, true);
                remaining = remaining.stream().filter(id -> !id.equals(failed)).toList();
            }
        }
        remaining.forEach(id -> process(id, true));
    }

    /**
     * Dispatches the claimed events in the caller's transaction and marks them processed, in one statement. The
     * entity manager is flushed and cleared after each event: it checks every entity it holds for changes before
     * each query, and with a whole batch held, that check cost more than the processing itself. The row locks
     * the claim took stay with the transaction.
     */
    private void dispatchAll(List<WebhookEvent> claimed, String[] dispatching) {
        EntityManager em = WebhookEvent.getEntityManager();
        List<String> ids = claimed.stream().map(event -> event.id).toList();
        List<String> payloads = claimed.stream().map(event -> event.payload).toList();
        em.clear();
        for (int i = 0; i < ids.size(); i++) {
            // The event to blame should this one throw, here or when its changes are flushed.
            dispatching[0] = ids.get(i);
            dispatcher.dispatch(ids.get(i), payloads.get(i));
            em.flush();
            em.clear();
        }
        dispatching[0] = null;
        if (!ids.isEmpty()) {
            em.createQuery("update WebhookEvent set state = :processed, processedAt = :now, attempts = attempts + 1,"
                    + " lastError = null, leaseUntil = null, leasedBy = null where id in :ids")
                    .setParameter("processed", WebhookEvent.State.PROCESSED)
                    .setParameter("now", Instant.now())
                    .setParameter("ids", ids)
                    .executeUpdate();
        }
    }

    /** Dispatches the event in the caller's transaction and marks it processed; nothing for null. */
    private void dispatch(WebhookEvent event) {
        if (event == null) {
            return;
        }
        dispatcher.dispatch(event.id, event.payload);
        event.state = WebhookEvent.State.PROCESSED;
        event.processedAt = Instant.now();
        event.succeeded();
    }

    /**
     * The event whose failed attempt is to be recorded, locked; null when it must be left alone: the rolled back
     * claim let the retry loop (or another instance) take it, and its outcome is that worker's to record.
     */
    private static WebhookEvent failing(String id, boolean claim) {
        WebhookEvent event = WebhookEvent.findById(id, LockModeType.PESSIMISTIC_WRITE);
        boolean takenMeanwhile = event == null || event.state == WebhookEvent.State.PROCESSED
                || claim && event.leaseUntil != null && event.leaseUntil.isAfter(Instant.now());
        return takenMeanwhile ? null : event;
    }

    /**
     * The event, locked for this transaction, if it waits for processing and no one else holds it. Waits for
     * the lock rather than skipping a locked row: a burst of events skipped here (the retry loop's claim held
     * their rows for a moment, on H2 more rows than the batch it leases) waited for the loop's later turns.
     */
    private static WebhookEvent claimable(String id) {
        return WebhookEvent.<WebhookEvent>find("id = ?1 and state in ?2 and (leaseUntil is null or leaseUntil < ?3)", id,
                WebhookEvent.OPEN, Instant.now())
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResult();
    }

    /**
     * {@link #claimable(String)} for a batch, in one locking query rather than one per event, in the order of
     * {@code ids} (the order they were received in).
     */
    private static List<WebhookEvent> claimable(List<String> ids) {
        Map<String, WebhookEvent> found = new HashMap<>();
        WebhookEvent.<WebhookEvent>find("id in ?1 and state in ?2 and (leaseUntil is null or leaseUntil < ?3)", ids,
                WebhookEvent.OPEN, Instant.now())
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .list()
                .forEach(event -> found.put(event.id, event));
        return ids.stream().map(found::get).filter(Objects::nonNull).toList();
    }

    @Override
    public Definition<WebhookEvent> definition() {
        return new Definition<>("webhook-retry", WebhookEvent.class,
                WebhookEvent.OPEN, config.settings(LEASE, BATCH));
    }

    @Override
    public void work(String id) {
        process(id, false);
    }

    /**
     * Dispatches the event and marks it processed in one transaction (the observers join it), so an event costs
     * one commit. {@code claim}: lock the row first, skipping it when it is finished or leased;
     * without it the caller holds the lease.
     */
    private void process(String id, boolean claim) {
        try {
            QuarkusTransaction.requiringNew().run(() -> dispatch(claim ? claimable(id) : WebhookEvent.findById(id)));
        } catch (RuntimeException e) {
            failed(id, e, claim);
        }
    }

    /** Records the failed attempt on the event, in a transaction of its own, unless another worker took it meanwhile. */
    private void failed(String id, RuntimeException failure, boolean claim) {
        if (failure instanceof MalformedPayloadException e) {
            // The stored payload will never read differently: retrying would only repeat the same failure.
            Log.warnf("Webhook event %s is not shaped as its type says; left as failed: %s", id, LogMask.in(e.getMessage()));
            QuarkusTransaction.requiringNew().run(() -> {
                WebhookEvent event = failing(id, claim);
                if (event == null) {
                    return;
                }
                event.state = WebhookEvent.State.FAILED;
                event.retryLater("MalformedPayloadException: " + e.getMessage(), config.settings(LEASE, BATCH).backoff(), Duration.ZERO, Instant.now());
                event.attempts = Math.max(event.attempts, config.maxAttempts());
            });
        } else {
            RuntimeException e = failure;
            Log.warnf(e, "Processing webhook event %s failed; it will be retried", id);
            QuarkusTransaction.requiringNew().run(() -> {
                WebhookEvent event = failing(id, claim);
                if (event == null) {
                    return;
                }
                event.state = WebhookEvent.State.FAILED;
                event.retryLater(e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()),
                        config.settings(LEASE, BATCH).backoff(), Duration.ZERO, Instant.now());
            });
        }
    }
}
