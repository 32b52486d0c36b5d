package com.caresupport.gateway.ops;

import com.caresupport.gateway.delivery.OutboxEntry;
import com.caresupport.gateway.inbound.InboundRecord;
import com.caresupport.gateway.webhook.WebhookConfig;
import com.caresupport.gateway.webhook.WebhookEvent;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What the database holds, for the gauges and the backlog health check: the work the gateway still owes (short
 * reads of the queues' state indexes) and, for the gauges only, every kept message by state (a walk of the
 * message tables). Each is kept for a few seconds, so a scrape of many gauges costs a handful of queries.
 */
@ApplicationScoped
public class Backlog {

    private static final Duration FRESH = Duration.ofSeconds(2);

    /** The work owed at {@code at}. */
    public record Snapshot(Instant at, long outboxPending, double oldestOutboxSeconds, long webhookBacklog,
            double oldestWebhookSeconds) {
    }

    /** The kept messages by state at {@code at}. */
    public record Totals(Instant at, Map<String, Long> inboundByState, Map<String, Long> messagesByServiceStatus) {

        double inbound(String state) {
            return inboundByState.getOrDefault(state, 0L);
        }

        double messages(String service, String status) {
            return messagesByServiceStatus.getOrDefault(service + "|" + status, 0L);
        }
    }

    private final WebhookConfig webhooks;
    private final Recent<Snapshot> snapshot = new Recent<>(this::read, Snapshot::at);
    private final Recent<Totals> totals = new Recent<>(this::readTotals, Totals::at);

    Backlog(WebhookConfig webhooks) {
        this.webhooks = webhooks;
    }

    /** The work owed, at most two seconds old. */
    public Snapshot snapshot() {
        return snapshot.get();
    }

    /** The kept messages by state, at most two seconds old. */
    public Totals totals() {
        return totals.get();
    }

    /**
     * The work owed, read now, for health checks that must not answer from an old one. Only the queues' open
     * states, from their indexes: a monitor may ask every few seconds, whatever the size of the message tables.
     */
    public Snapshot read() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Instant now = Instant.now();
            var em = Panache.getEntityManager();
            long pending = OutboxEntry.count("state", OutboxEntry.State.PENDING);
            Instant oldestPending = em.createQuery("select min(createdAt) from OutboxEntry where state = :s", Instant.class)
                    .setParameter("s", OutboxEntry.State.PENDING).getSingleResult();
            // Events that used up their attempts are no longer waiting: they are listed as failed in the API.
            // The open states by name: "not processed" read every event there ever was (3.7 s for 350 000 on H2).
            long waiting = WebhookEvent.count("state in ?1 and attempts < ?2", WebhookEvent.OPEN, webhooks.maxAttempts());
            Instant oldestWebhook = em.createQuery("select min(receivedAt) from WebhookEvent where state in :open"
                    + " and attempts < :max", Instant.class).setParameter("open", WebhookEvent.OPEN)
                    .setParameter("max", webhooks.maxAttempts()).getSingleResult();
            return new Snapshot(now, pending, age(oldestPending, now), waiting, age(oldestWebhook, now));
        });
    }

    /** Counts every kept inbound and outbound message: its cost grows with the tables, so only the gauges ask. */
    Totals readTotals() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Instant now = Instant.now();
            var em = Panache.getEntityManager();
            Map<String, Long> inbound = new HashMap<>();
            for (Object[] row : em.createQuery("select state, count(*) from InboundRecord group by state", Object[].class)
                    .getResultList()) {
                inbound.put(((InboundRecord.State) row[0]).name().toLowerCase(Locale.ROOT), (Long) row[1]);
            }
            Map<String, Long> messages = new HashMap<>();
            List<Object[]> rows = em.createQuery("select service, deliveryStatus, count(*) from MessageRecord"
                    + " where direction = 'outbound' group by service, deliveryStatus", Object[].class).getResultList();
            for (Object[] row : rows) {
                String service = row[0] == null || !OpsGauges.SERVICES.contains((String) row[0]) ? "unknown" : (String) row[0];
                String status = row[1] == null ? "queued" : row[1].toString().toLowerCase(Locale.ROOT);
                messages.merge(service + "|" + status, (Long) row[2], Long::sum);
            }
            return new Totals(now, inbound, messages);
        });
    }

    private static double age(Instant since, Instant now) {
        return since == null ? 0 : Math.max(0, Duration.between(since, now).toSeconds());
    }

    /** The last value read, read again once it is older than {@link #FRESH}. A class: it holds state, not data. */
    private static final class Recent<T> {

        private final Supplier<T> reader;
        private final Function<T, Instant> readAt;
        private final AtomicReference<T> last = new AtomicReference<>();

        Recent(Supplier<T> reader, Function<T, Instant> readAt) {
            this.reader = reader;
            this.readAt = readAt;
        }

        T get() {
            T current = last.get();
            if (current == null || readAt.apply(current).plus(FRESH).isBefore(Instant.now())) {
                current = reader.get();
                last.set(current);
            }
            return current;
        }
    }
}
