package com.caresupport.gateway.webhook.events;

import com.fasterxml.jackson.databind.PropertyNamingStrategies.SnakeCaseStrategy;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/** {@code poll.updated}: options were added to a poll (only the added ones are listed). */
public record PollUpdatedEvent(Envelope envelope, Data data) implements LinqEvent {

    /** The addition ({@code PollUpdatedWebhookEventData}). */
    @JsonNaming(SnakeCaseStrategy.class)
    public record Data(@NotNull String messageId, @NotNull @Valid ChatRef chat,
            @NotNull List<Poll.@Valid @NotNull Option> addedOptions, String direction, @Valid Handle senderHandle,
            String service) {
    }
}
