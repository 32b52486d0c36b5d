package com.caresupport.gateway.cli;

import com.caresupport.gateway.delivery.Accepted;

/**
 * What {@code send} and {@code create} print with {@code --json}: the same fields as the API's answer to a send.
 * {@code messageId} is Linq's id once Linq has the message, the gateway's own while it is queued; {@code localId}
 * is always the gateway's, the one to follow the message by ({@code GET /api/messages/{id}}).
 */
public record SendResult(boolean success, String chatId, String messageId, String localId, String service,
        String deliveryStatus, String error, boolean replayed) {

    static SendResult of(Accepted accepted) {
        return new SendResult(accepted.success(), accepted.chatId(),
                accepted.linqMessageId() != null ? accepted.linqMessageId() : accepted.messageId(),
                accepted.messageId(), accepted.service(), accepted.deliveryStatus(), accepted.error(),
                accepted.replayed());
    }
}
