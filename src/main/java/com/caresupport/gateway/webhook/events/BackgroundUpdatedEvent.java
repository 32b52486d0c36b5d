package com.caresupport.gateway.webhook.events;

import com.fasterxml.jackson.databind.PropertyNamingStrategies.SnakeCaseStrategy;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/** {@code chat.background_updated}: a chat's transcript background was set or reset. */
public record BackgroundUpdatedEvent(Envelope envelope, Data data) implements LinqEvent {

    /** The change ({@code ChatBackgroundUpdatedWebhookEventData}); {@code background} is null after a reset. */
    @JsonNaming(SnakeCaseStrategy.class)
    public record Data(@NotNull @Valid ChatRef chat, @Valid Handle actorHandle, @Valid Background background) {
    }

    /** A colour ({@code shades}, {@code variant}), a dynamic {@code style}, or a photo ({@code image_url}). */
    @JsonNaming(SnakeCaseStrategy.class)
    public record Background(@NotNull String type, String imageUrl, List<String> shades, String style,
            String variant) {
    }
}
