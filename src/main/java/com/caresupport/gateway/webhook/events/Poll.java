package com.caresupport.gateway.webhook.events;

import com.fasterxml.jackson.databind.PropertyNamingStrategies.SnakeCaseStrategy;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;

/** An iMessage poll's state: its options with who voted for each. */
@JsonNaming(SnakeCaseStrategy.class)
public record Poll(@NotNull List<@Valid @NotNull Option> options, Long totalVoters) {

    /** One option; options can be added but never edited or removed. */
    @JsonNaming(SnakeCaseStrategy.class)
    public record Option(@NotNull String optionId, String text, Boolean canBeEdited, @Valid Handle creatorHandle,
            List<@Valid @NotNull Voter> voters) {
    }

    /** One vote. */
    @JsonNaming(SnakeCaseStrategy.class)
    public record Voter(String handle, Instant votedAt) {
    }
}
