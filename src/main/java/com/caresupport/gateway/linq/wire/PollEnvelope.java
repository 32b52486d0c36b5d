package com.caresupport.gateway.linq.wire;

import java.util.List;

/** A poll as {@code GET /v3/messages/{messageId}/poll} returns it: its options, voters and reactions. */
public record PollEnvelope(String chatId, String messageId, String createdAt, String updatedAt, Poll poll,
        List<Reaction> reactions) {

    /** The options and how many distinct participants voted. */
    public record Poll(List<Option> options, Long totalVoters) {
    }

    /** One option, who added it, and who voted for it. */
    public record Option(String optionId, String text, Boolean canBeEdited, ChatHandle creatorHandle,
            List<Voter> voters) {
    }

    /** A vote. */
    public record Voter(String handle, String votedAt) {
    }

    /** A tapback or sticker on the whole poll. */
    public record Reaction(ChatHandle handle, Boolean isMe, String type, String customEmoji) {
    }
}
