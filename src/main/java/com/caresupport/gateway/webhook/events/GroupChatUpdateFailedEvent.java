package com.caresupport.gateway.webhook.events;

import com.fasterxml.jackson.databind.PropertyNamingStrategies.SnakeCaseStrategy;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/** {@code chat.group_name_update_failed}, {@code chat.group_icon_update_failed}: a requested change did not apply. */
public record GroupChatUpdateFailedEvent(Envelope envelope, Data data) implements LinqEvent {

    /** The failure ({@code ChatGroup*UpdateFailedWebhookEventData}). */
    @JsonNaming(SnakeCaseStrategy.class)
    public record Data(@NotNull String chatId, @NotNull Long errorCode, Instant failedAt) {
    }
}
