package com.caresupport.gateway.delivery;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The one place a stored message changes state. Status only moves forward (see {@link DeliveryStatus}),
 * and each state reached is recorded once in the history, whatever order and how often the news arrives.
 * The send's own answer and Linq's webhooks race for the same message; every change therefore starts from
 * the message's row locked with {@link #lock}, so a transaction decides on the committed state, never on a
 * copy another transaction has since moved on, and the history check and insert cannot interleave.
 */
@ApplicationScoped
public class MessageStore {

    /**
     * Loads a message for a change and holds its row lock until the transaction ends; null when there is none.
     * The row is read after the lock is taken, so it is current. Callers lock the message row and nothing
     * else first, so the locks are always taken in one order.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public MessageRecord lock(String id) {
        return MessageRecord.findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * Locks the rows of {@code ids} as {@link #lock} does, in one query and in id order (so that two batches
     * never wait on each other in a circle); the messages found, by id. One array parameter, not an {@code in}
     * list or a multi-load: Hibernate builds those statements anew on every call, as the list's length varies,
     * and under load that cost the outbox's writer more than the rest of a batch's reads. This text never
     * changes, so its plan is cached, and the database parses it once per connection.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<String, MessageRecord> lockAll(List<String> ids) {
        Map<String, MessageRecord> found = new HashMap<>();
        MessageRecord.getSession()
                .createNativeQuery("select * from message where id = any(?1) order by id for update", MessageRecord.class)
                .setParameter(1, ids.stream().distinct().toArray(String[]::new))
                .getResultList()
                .forEach(message -> found.put(message.id, message));
        return found;
    }

    /** The first status of a message inserted in this transaction: it has no history to look up yet. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordNew(MessageRecord message, DeliveryStatus status, Instant at, String source) {
        StatusChange change = new StatusChange();
        change.messageId = message.id;
        change.status = status;
        change.occurredAt = at;
        change.source = source;
        change.persist();
        message.deliveryStatus = status;
    }

    /**
     * Records that {@code message}, loaded by {@link #lock} (or inserted) in this transaction, reached
     * {@code status}; returns whether its current status moved.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean advance(MessageRecord message, DeliveryStatus status, Instant at, String source, String detail) {
        return advance(message, status, at, source, detail, null);
    }

    /**
     * The statuses the histories of {@code ids} hold, in one query, for {@link #advance} over a batch of
     * messages this transaction has locked (so no other transaction adds to their histories meanwhile).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<String, Set<DeliveryStatus>> reached(Collection<String> ids) {
        Map<String, Set<DeliveryStatus>> reached = new HashMap<>();
        ids.forEach(id -> reached.put(id, EnumSet.noneOf(DeliveryStatus.class)));
        // One array parameter, so the statement is the same whatever the batch's size (see lockAll).
        StatusChange.getSession()
                .createNativeQuery("select message_id, status from message_status where message_id = any(?1)", Object[].class)
                .setParameter(1, reached.keySet().toArray(String[]::new)).getResultList()
                .forEach(row -> reached.get((String) row[0]).add(DeliveryStatus.valueOf((String) row[1])));
        return reached;
    }

    /**
     * As {@link #advance(MessageRecord, DeliveryStatus, Instant, String, String)}; {@code reached}, when given,
     * holds the statuses the message's history has (from {@link #reached}) and is kept up to date.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean advance(MessageRecord message, DeliveryStatus status, Instant at, String source, String detail,
            Set<DeliveryStatus> reached) {
        boolean recorded = reached == null ? StatusChange.exists(message.id, status) : !reached.add(status);
        if (!recorded) {
            StatusChange change = new StatusChange();
            change.messageId = message.id;
            change.status = status;
            change.occurredAt = at;
            change.source = source;
            change.detail = detail == null ? null : truncate(detail, 2000);
            change.persist();
        }
        if (message.deliveryStatus == null || message.deliveryStatus.canMoveTo(status)) {
            message.deliveryStatus = status;
            message.updatedAt = Instant.now();
            return true;
        }
        return false;
    }

    /**
     * Applies a status Linq reported for one of its message ids; news about a message the gateway never
     * stored (sent by another system, or inbound) is ignored. The idempotency key finds a message whose
     * Linq id is not recorded yet, when the news outran the send's own answer.
     */
    @Transactional
    public Optional<MessageRecord> applyLinqStatus(String linqMessageId, String idempotencyKey, DeliveryStatus status,
            Instant at, String source, String detail) {
        Optional<MessageRecord> found = linqMessageId == null ? Optional.empty()
                : MessageRecord.find("linqMessageId", linqMessageId).withLock(LockModeType.PESSIMISTIC_WRITE)
                        .singleResultOptional();
        if (found.isEmpty() && idempotencyKey != null) {
            found = MessageRecord.find("idempotencyKey", idempotencyKey).withLock(LockModeType.PESSIMISTIC_WRITE)
                    .singleResultOptional();
            found.filter(m -> m.linqMessageId == null).ifPresent(m -> m.linqMessageId = linqMessageId);
        }
        found.ifPresentOrElse(message -> {
            advance(message, status, at, source, detail);
            if (status == DeliveryStatus.FAILED && detail != null) {
                message.error = truncate(detail, 2000);
            }
        }, () -> Log.debugf("Status %s for unknown Linq message %s ignored", status, linqMessageId));
        return found;
    }

    static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
