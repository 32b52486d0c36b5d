package com.caresupport.gateway.webhook.events;

import com.fasterxml.jackson.databind.PropertyNamingStrategies.SnakeCaseStrategy;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/** {@code chat.group_name_updated}, {@code chat.group_icon_updated}: a group's name or icon changed. */
public record GroupChatUpdatedEvent(Envelope envelope, Data data) implements LinqEvent {

    /** The change ({@code ChatGroup*UpdatedWebhookEventData}); values are the names or icon URLs. */
    @JsonNaming(SnakeCaseStrategy.class)
    public record Data(@NotNull String chatId, Instant updatedAt, @Valid Handle changedByHandle, String newValue,
            String oldValue) {
    }
}
