package com.caresupport.gateway.messaging;

import java.util.List;

/** A poll's current results: each option, who voted for it, and how many distinct people voted. */
public record PollView(boolean success, String messageId, String chatId, long totalVoters, List<Option> options,
        String createdAt, String updatedAt) {

    /** One option; {@code addedBy} is the handle that added it. */
    public record Option(String optionId, String text, String addedBy, List<Vote> votes) {
    }

    /** A participant's vote. */
    public record Vote(String handle, String votedAt) {
    }
}
