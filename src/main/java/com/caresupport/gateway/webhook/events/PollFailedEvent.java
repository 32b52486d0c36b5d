package com.caresupport.gateway.webhook.events;

import com.fasterxml.jackson.databind.PropertyNamingStrategies.SnakeCaseStrategy;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/** {@code poll.failed}: a poll the gateway's line sent could not be delivered. */
public record PollFailedEvent(Envelope envelope, Data data) implements LinqEvent {

    /** The failed poll ({@code PollFailedWebhookEventData}). */
    @JsonNaming(SnakeCaseStrategy.class)
    public record Data(@NotNull String messageId, @NotNull @Valid ChatRef chat, String direction,
            @NotNull @Valid Error error, @NotNull Instant failedAt, @Valid Poll poll, String service,
            @Valid Handle senderHandle) {
    }

    /** Why it failed. */
    @JsonNaming(SnakeCaseStrategy.class)
    public record Error(@NotNull Long code, String message) {
    }
}
