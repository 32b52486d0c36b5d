package com.caresupport.gateway.webhook.events;

import com.fasterxml.jackson.databind.PropertyNamingStrategies.SnakeCaseStrategy;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/**
 * {@code poll.received}, {@code poll.sent}, {@code poll.delivered}, {@code poll.read}: a poll message and where it
 * stands ({@code received_at} only on received polls; {@code sent_at}, {@code delivered_at}, {@code read_at} only
 * on outbound ones).
 */
public record PollEvent(Envelope envelope, Data data) implements LinqEvent {

    /** The poll message ({@code Poll*WebhookEventData}). */
    @JsonNaming(SnakeCaseStrategy.class)
    public record Data(@NotNull String messageId, @NotNull @Valid ChatRef chat, @NotNull String direction,
            @NotNull @Valid Poll poll, String service, @Valid Handle senderHandle, Instant createdAt,
            Instant updatedAt, Instant receivedAt, Instant sentAt, Instant deliveredAt, Instant readAt) {
    }
}
