package com.caresupport.gateway.webhook.events;

import com.fasterxml.jackson.databind.PropertyNamingStrategies.SnakeCaseStrategy;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** {@code poll.vote.added}, {@code poll.vote.removed}: someone toggled their vote on one option. */
public record PollVoteEvent(Envelope envelope, Data data) implements LinqEvent {

    /** The vote ({@code PollVote*WebhookEventData}). */
    @JsonNaming(SnakeCaseStrategy.class)
    public record Data(@NotNull String messageId, @NotNull String optionId, @NotNull @Valid ChatRef chat,
            String direction, @Valid Handle senderHandle, String service) {
    }
}
