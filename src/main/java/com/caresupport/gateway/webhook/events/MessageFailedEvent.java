package com.caresupport.gateway.webhook.events;

import com.fasterxml.jackson.databind.PropertyNamingStrategies.SnakeCaseStrategy;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/** {@code message.failed}: Linq could not deliver a message; {@code code} says why. */
public record MessageFailedEvent(Envelope envelope, Data data) implements LinqEvent {

    /** The failure ({@code MessageFailedWebhookEventData}). */
    @JsonNaming(SnakeCaseStrategy.class)
    public record Data(@NotNull Long code, @NotNull Instant failedAt, String chatId, Long detailCode,
            String messageId, String preferredService, String reason, String service) {
    }
}
