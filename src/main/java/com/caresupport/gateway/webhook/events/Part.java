package com.caresupport.gateway.webhook.events;

import com.fasterxml.jackson.databind.PropertyNamingStrategies.SnakeCaseStrategy;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * One part of a message: {@code type} is text or link ({@code value}), media ({@code id}, {@code filename},
 * {@code mime_type}, {@code size_bytes}, {@code url}) or imessage_app ({@code app}, {@code layout}, {@code url},
 * {@code fallback_text}). Fields of the other kinds are null.
 */
@JsonNaming(SnakeCaseStrategy.class)
public record Part(@NotNull String type, String value, String id, String filename, String mimeType, Long sizeBytes,
        String url, String fallbackText, @Valid App app, @Valid Layout layout) {

    /** The iMessage app a card belongs to. */
    @JsonNaming(SnakeCaseStrategy.class)
    public record App(String bundleId, String name, String teamId, Long appStoreId) {
    }

    /** The captions of an iMessage app card. */
    @JsonNaming(SnakeCaseStrategy.class)
    public record Layout(String caption, String subcaption, String trailingCaption, String trailingSubcaption) {
    }
}
