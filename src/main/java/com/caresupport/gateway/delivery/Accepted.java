package com.caresupport.gateway.delivery;

import java.util.List;

/**
 * The answer to an accepted send: delivered to Linq (with Linq's ids), queued for later delivery (with the
 * local id to follow it by), or failed. {@code replayed} is true when the request repeated an earlier
 * {@code Idempotency-Key} and this is the original's result.
 */
public record Accepted(boolean success, String messageId, String linqMessageId, String chatId, String service,
        String deliveryStatus, String error, boolean replayed, List<String> recipients) {

    public boolean queued() {
        return DeliveryStatus.QUEUED.wire().equals(deliveryStatus);
    }

    static Accepted of(MessageRecord message, boolean replayed) {
        boolean failed = message.deliveryStatus == DeliveryStatus.FAILED;
        return new Accepted(!failed, message.id, message.linqMessageId, message.chatId, message.service,
                message.deliveryStatus.wire(), message.error, replayed,
                message.recipients == null ? null : List.of(message.recipients.split(",")));
    }
}
