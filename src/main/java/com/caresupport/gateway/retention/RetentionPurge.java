package com.caresupport.gateway.retention;

import com.caresupport.gateway.delivery.OutboxEntry;
import com.caresupport.gateway.inbound.InboundRecord;
import com.caresupport.gateway.webhook.WebhookEvent;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.hibernate.query.NativeQuery;

/**
 * Purges stored content past its retention age, in small batches of one short transaction each. A batch
 * first locks the rows it will change with {@code FOR UPDATE SKIP LOCKED}, so purges running on several
 * instances at once split the rows instead of fighting over them, and every change is guarded so that
 * repeating it changes nothing. Work still owed is never touched: a message waiting in the outbox keeps its
 * body (the outbox resends it), an unprocessed webhook event its payload, an unhandled inbound message its text.
 */
@ApplicationScoped
public class RetentionPurge {

    /** How many rows one purge changed, per rule. */
    public record Report(int messageBodies, int webhookPayloads, int inboundTexts, int messages, int webhookEvents,
            int inboundMessages) {

        public int total() {
            return messageBodies + webhookPayloads + inboundTexts + messages + webhookEvents + inboundMessages;
        }
    }

    /**
     * Selects ids of rows older than {@code :cutoff}; the statements then change the rows in {@code :ids}. The
     * selects have no {@code ORDER BY}: every row past its cutoff goes, in whatever order, and H2 locks every row
     * an ordered {@code FOR UPDATE} matches before it sorts, so each batch of a large purge locked all the rows
     * still to purge.
     */
    private record Rule(String select, List<String> changes) {
    }

    /** One batch's outcome: rows it locked, and how many of them its last statement changed. */
    private record Batch(int locked, int changed) {
    }

    private static final String NOT_OWED = " and not exists (select 1 from outbox_entry o where o.message_id = message.id"
            + " and o.state = '" + OutboxEntry.State.PENDING.name() + "')";
    private static final String PROCESSED = "'" + WebhookEvent.State.PROCESSED.name() + "'";
    private static final String HANDLED = "'" + InboundRecord.State.HANDLED.name() + "'";

    private static final Rule MESSAGE_BODIES = new Rule(
            "select id from message where accepted_at < :cutoff and body_purged_at is null" + NOT_OWED,
            List.of("update message set body = null, text_preview = null, body_purged_at = :now"
                    + " where id in (:ids) and body_purged_at is null"));

    private static final Rule WEBHOOK_PAYLOADS = new Rule(
            "select id from webhook_event where received_at < :cutoff and payload_purged_at is null"
                    + " and state = " + PROCESSED,
            List.of("update webhook_event set payload = null, payload_purged_at = :now"
                    + " where id in (:ids) and payload_purged_at is null"));

    private static final Rule INBOUND_TEXTS = new Rule(
            "select id from inbound_message where received_at < :cutoff and body_purged_at is null"
                    + " and state = " + HANDLED,
            List.of("update inbound_message set body = null, body_purged_at = :now"
                    + " where id in (:ids) and body_purged_at is null"));

    private static final Rule MESSAGES = new Rule(
            "select id from message where accepted_at < :cutoff" + NOT_OWED,
            List.of("delete from message_status where message_id in (:ids)",
                    "delete from outbox_entry where message_id in (:ids)",
                    "delete from message where id in (:ids)"));

    // Failed rows this old were given up on long ago; only rows still being worked on are kept.
    private static final Rule WEBHOOK_EVENTS = new Rule(
            "select id from webhook_event where received_at < :cutoff and state <> '"
                    + WebhookEvent.State.RECEIVED.name() + "'",
            List.of("delete from webhook_event where id in (:ids)"));

    private static final Rule INBOUND_MESSAGES = new Rule(
            "select id from inbound_message where received_at < :cutoff and state <> '"
                    + InboundRecord.State.PENDING.name() + "'",
            List.of("delete from inbound_message where id in (:ids)"));

    private final RetentionConfig config;

    RetentionPurge(RetentionConfig config) {
        this.config = config;
    }

    /** Purges everything past its age as of {@code now}. Safe to run on several instances at once. */
    public Report purge(Instant now) {
        return new Report(
                run(MESSAGE_BODIES, now, config.messageBodies()),
                run(WEBHOOK_PAYLOADS, now, config.webhookPayloads()),
                run(INBOUND_TEXTS, now, config.inboundText()),
                run(MESSAGES, now, config.records()),
                run(WEBHOOK_EVENTS, now, config.records()),
                run(INBOUND_MESSAGES, now, config.records()));
    }

    private int run(Rule rule, Instant now, Duration age) {
        Instant cutoff = now.minus(age);
        int total = 0;
        Batch batch;
        do {
            batch = QuarkusTransaction.requiringNew().call(() -> batch(rule, cutoff, now));
            total += batch.changed();
        } while (batch.locked() == config.batchSize());
        return total;
    }

    private Batch batch(Rule rule, Instant cutoff, Instant now) {
        var em = Panache.getEntityManager();
        @SuppressWarnings("unchecked")
        List<String> ids = em.createNativeQuery(rule.select() + " fetch first " + config.batchSize()
                + " rows only for update skip locked").setParameter("cutoff", cutoff).getResultList();
        int changed = 0;
        if (!ids.isEmpty()) {
            for (String sql : rule.changes()) {
                NativeQuery<?> change = em.createNativeQuery(sql).unwrap(NativeQuery.class);
                change.setParameterList("ids", ids);
                if (sql.contains(":now")) {
                    change.setParameter("now", now);
                }
                changed = change.executeUpdate();
            }
        }
        return new Batch(ids.size(), changed);
    }
}
