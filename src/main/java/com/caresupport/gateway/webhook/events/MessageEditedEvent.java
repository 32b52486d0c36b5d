package com.caresupport.gateway.webhook.events;

import com.fasterxml.jackson.databind.PropertyNamingStrategies.SnakeCaseStrategy;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/** {@code message.edited} (2026-02-03 subscriptions only): one part of a message got new text. */
public record MessageEditedEvent(Envelope envelope, Data data) implements LinqEvent {

    /** The edit ({@code MessageEditedWebhookEventData}). */
    @JsonNaming(SnakeCaseStrategy.class)
    public record Data(@NotNull String id, @NotNull @Valid ChatRef chat, String direction, @NotNull Instant editedAt,
            @NotNull @Valid EditedPart part, @Valid Handle senderHandle) {
    }

    /** The part that changed and its new text. */
    @JsonNaming(SnakeCaseStrategy.class)
    public record EditedPart(@NotNull Long index, @NotNull String text) {
    }
}
