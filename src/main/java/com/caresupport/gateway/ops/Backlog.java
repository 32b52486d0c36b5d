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

/**
 * The work the gateway still owes, counted in the database: one short read shared by the gauges and the
 * health checks, kept for a few seconds so a scrape of many gauges costs a handful of queries.
 */
@ApplicationScoped
public class Backlog {

    private static final Duration FRESH = Duration.ofSeconds(2);

    /** What the database held at {@code at}. */
    public record Snapshot(Instant at, long outboxPending, double oldestOutboxSeconds, long webhookBacklog,
            double oldestWebhookSeconds, Map<String, Long> inboundByState, Map<String, Long> messagesByServiceStatus) {

        double inbound(String state) {
            return inboundByState.getOrDefault(state, 0L);
        }

        double messages(String service, String status) {
            return messagesByServiceStatus.getOrDefault(service + "|" + status, 0L);
        }
    }

    private final WebhookConfig webhooks;
    private volatile Snapshot last;

    Backlog(WebhookConfig webhooks) {
        this.webhooks = webhooks;
    }

    /** A snapshot at most two seconds old. */
    public Snapshot snapshot() {
        Snapshot current = last;
        if (current == null || current.at().plus(FRESH).isBefore(Instant.now())) {
            current = read();
            last = current;
        }
        return current;
    }

    /** A snapshot read now, for health checks that must not answer from an old one. */
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
            return new Snapshot(now, pending, age(oldestPending, now), waiting, age(oldestWebhook, now), inbound,
                    messages);
        });
    }

    private static double age(Instant since, Instant now) {
        return since == null ? 0 : Math.max(0, Duration.between(since, now).toSeconds());
    }
}
