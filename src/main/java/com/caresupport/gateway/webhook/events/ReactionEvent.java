package com.caresupport.gateway.webhook.events;

import com.fasterxml.jackson.databind.PropertyNamingStrategies.SnakeCaseStrategy;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/** {@code reaction.added}, {@code reaction.removed}, {@code poll.reaction.added}: a tapback on a message or poll. */
public record ReactionEvent(Envelope envelope, Data data) implements LinqEvent {

    /** The tapback ({@code ReactionEventBase}); {@code from} is the older spelling of {@code from_handle}. */
    @JsonNaming(SnakeCaseStrategy.class)
    public record Data(@NotNull Boolean isFromMe, @NotNull String reactionType, String chatId, String customEmoji,
            String from, @Valid Handle fromHandle, String messageId, Long partIndex, Instant reactedAt, String service,
            @Valid Sticker sticker) {
    }

    /** A sticker used as the reaction. */
    @JsonNaming(SnakeCaseStrategy.class)
    public record Sticker(String fileName, Long height, String mimeType, String url, Long width) {
    }
}
