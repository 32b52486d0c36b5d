package com.caresupport.gateway.messaging;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The stored form of sends aimed at one existing message (a poll, an app card) rather than at a chat: the
 * send path keeps the target's Linq id with the request, so a retry reaches the same message.
 */
public final class TargetedSends {

    private TargetedSends() {
    }

    /** New options for the poll in Linq message {@code messageId}. */
    public record PollOptions(@NotBlank @Size(max = 128) String messageId, @NotNull @Valid PollOptionsSpec spec) {
    }

    /** A vote in the poll in Linq message {@code messageId}. */
    public record PollVote(@NotBlank @Size(max = 128) String messageId, @NotNull @Valid PollVoteSpec spec) {
    }

    /** A new version of the app card in Linq message {@code messageId}. */
    public record AppCard(@NotBlank @Size(max = 128) String messageId, @NotNull @Valid AppCardSpec spec) {
    }

    /** A request that the chat's members share their location; the chat is the send's own. */
    public record LocationAsk(@NotBlank @Size(max = 128) String chatId) {
    }
}
