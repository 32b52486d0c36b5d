package com.caresupport.gateway.webhook;

/** A tapback added or removed, by anyone in the chat. */
public record ReactionChanged(String eventId, boolean added, String messageId, String chatId, String reactionType,
        String customEmoji, String fromHandle, boolean fromMe, Integer partIndex) {
}
