package com.caresupport.gateway.webhook.events;

import com.fasterxml.jackson.databind.PropertyNamingStrategies.SnakeCaseStrategy;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/** {@code participant.added}, {@code participant.removed}: a group chat's membership changed. */
public record ParticipantEvent(Envelope envelope, Data data) implements LinqEvent {

    /** Who joined or left ({@code Participant*WebhookEventData}); {@code handle} is the phone number or email. */
    @JsonNaming(SnakeCaseStrategy.class)
    public record Data(@NotNull String handle, String chatId, @Valid Handle participant, Instant addedAt,
            Instant removedAt) {
    }
}
