package com.caresupport.gateway.webhook.events;

import com.fasterxml.jackson.databind.PropertyNamingStrategies.SnakeCaseStrategy;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/** The chat an event happened in, as nested in message, poll and background events. */
@JsonNaming(SnakeCaseStrategy.class)
public record ChatRef(@NotNull String id, Boolean isGroup, @Valid Handle ownerHandle, @Valid Health healthStatus) {

    /** The chat's deliverability as Linq judges it ({@code HEALTHY}, {@code AT_RISK} ...). */
    @JsonNaming(SnakeCaseStrategy.class)
    public record Health(String status, String docUrl, Instant updatedAt) {
    }
}
