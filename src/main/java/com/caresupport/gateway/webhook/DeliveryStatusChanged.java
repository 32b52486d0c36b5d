package com.caresupport.gateway.webhook;

import java.time.Instant;

/**
 * Linq's news about an outbound message: {@code status} is sent, delivered, read, failed or edited.
 * {@code idempotencyKey} (2026-02-03 payloads) ties it to the send even before Linq's id is known.
 */
public record DeliveryStatusChanged(String eventId, String messageId, String chatId, String status, Instant at,
        String idempotencyKey, Integer errorCode, String reason) {
}
