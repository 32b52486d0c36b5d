package com.caresupport.gateway.delivery;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;

/**
 * The one place a stored message changes state. Status only moves forward (see {@link DeliveryStatus}),
 * and each state reached is recorded once in the history, whatever order and how often the news arrives.
 */
@ApplicationScoped
public class MessageStore {

    /** Records that {@code message} reached {@code status}; returns whether its current status moved. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean advance(MessageRecord message, DeliveryStatus status, Instant at, String source, String detail) {
        if (!StatusChange.exists(message.id, status)) {
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
                : MessageRecord.find("linqMessageId", linqMessageId).firstResultOptional();
        if (found.isEmpty() && idempotencyKey != null) {
            found = MessageRecord.findByIdempotencyKey(idempotencyKey);
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
