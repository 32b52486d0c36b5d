package com.caresupport.gateway.webhook.events;

import com.fasterxml.jackson.databind.PropertyNamingStrategies.SnakeCaseStrategy;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/** {@code phone_number.status_updated}: one of the gateway's lines changed status or reputation. */
public record PhoneNumberStatusEvent(Envelope envelope, Data data) implements LinqEvent {

    /** The change ({@code PhoneNumberStatusUpdatedWebhookEventData}); reputation is HEALTHY, AT_RISK or CRITICAL. */
    @JsonNaming(SnakeCaseStrategy.class)
    public record Data(@NotNull String phoneNumber, @NotNull String newStatus, String previousStatus,
            String newReputation, String previousReputation, Instant changedAt) {
    }
}
