package com.caresupport.gateway.webhook.events;

import com.fasterxml.jackson.databind.PropertyNamingStrategies.SnakeCaseStrategy;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import jakarta.validation.constraints.NotNull;

/** {@code chat.typing_indicator.started}, {@code chat.typing_indicator.stopped}: someone in the chat is typing, or stopped. */
public record TypingEvent(Envelope envelope, Data data) implements LinqEvent {

    /** The chat ({@code ChatTypingIndicator*WebhookEventData}). */
    @JsonNaming(SnakeCaseStrategy.class)
    public record Data(@NotNull String chatId) {
    }
}
