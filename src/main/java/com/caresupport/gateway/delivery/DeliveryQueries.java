package com.caresupport.gateway.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** Read-only views of stored messages and of the outbox. */
@ApplicationScoped
public class DeliveryQueries {

    /** A stored message by the gateway's id or by Linq's. */
    @Transactional
    public Optional<StoredMessageView> message(String id) {
        return MessageRecord.findByIdOrLinqId(id).map(DeliveryQueries::view);
    }

    /** Outbox entries in {@code state} (waiting ones by default), oldest first. */
    @Transactional
    public List<StoredMessageView> outbox(OutboxEntry.State state, int limit) {
        List<OutboxEntry> entries = OutboxEntry.<OutboxEntry>find("state = ?1 order by createdAt", state)
                .page(0, limit).list();
        return entries.stream().map(e -> view(MessageRecord.findById(e.messageId))).toList();
    }

    private static StoredMessageView view(MessageRecord message) {
        List<StoredMessageView.Step> history = StatusChange.history(message.id).stream()
                .map(c -> new StoredMessageView.Step(c.status.wire(), c.occurredAt, c.source, c.detail)).toList();
        OutboxEntry entry = OutboxEntry.findById(message.id);
        StoredMessageView.Delivery delivery = entry == null ? null
                : new StoredMessageView.Delivery(entry.state.name().toLowerCase(), entry.attempts, entry.nextAttemptAt,
                        entry.lastError);
        return new StoredMessageView(message.id, message.linqMessageId, message.chatId, message.direction,
                message.textPreview, message.service, message.deliveryStatus.wire(), message.error,
                message.linqErrorCode, message.acceptedAt, history, delivery, message.bodyPurgedAt);
    }
}
