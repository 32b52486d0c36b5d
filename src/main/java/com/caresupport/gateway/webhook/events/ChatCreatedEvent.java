package com.caresupport.gateway.webhook.events;

import com.fasterxml.jackson.databind.PropertyNamingStrategies.SnakeCaseStrategy;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;

/** {@code chat.created}: a chat now exists, opened by the gateway's line or by someone writing to it. */
public record ChatCreatedEvent(Envelope envelope, Data data) implements LinqEvent {

    /** The chat ({@code ChatCreatedWebhookEventData}). */
    @JsonNaming(SnakeCaseStrategy.class)
    public record Data(@NotNull String id, String displayName, List<@Valid @NotNull Handle> handles,
            @Valid ChatRef.Health healthStatus, Boolean isGroup, Instant updatedAt, String service) {
    }
}
