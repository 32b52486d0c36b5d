package com.caresupport.gateway.delivery;

import java.time.Instant;
import java.util.List;

/**
 * What the gateway knows about a message it accepted: where it stands, every state it reached and why
 * delivery failed or is still waiting. This is what the on-call engineer reads first. Once retention purged
 * the text, {@code textPreview} is absent and {@code bodyPurgedAt} says when it went.
 */
public record StoredMessageView(String messageId, String linqMessageId, String chatId, String direction,
        String textPreview, String service, String deliveryStatus, String error, Integer linqErrorCode,
        Instant acceptedAt, List<Step> history, Delivery outbox, Instant bodyPurgedAt) {

    /** One state reached. */
    public record Step(String status, Instant at, String source, String detail) {
    }

    /** The outbox's side: attempts so far, and when the next one is due. */
    public record Delivery(String state, int attempts, Instant nextAttemptAt, String lastError) {
    }
}
