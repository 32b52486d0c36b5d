package com.caresupport.gateway.delivery;

import java.time.Instant;

/** Keeps the chat table in step with the messages that go through it. */
final class Chats {

    private Chats() {
    }

    /** Records activity in {@code chatId}; a chat the gateway just created is stored with its recipients. */
    static void touch(String chatId, MessageRecord message, Instant at) {
        if (chatId == null) {
            return;
        }
        ChatRecord chat = ChatRecord.findById(chatId);
        if (chat == null) {
            chat = new ChatRecord();
            chat.id = chatId;
            chat.participants = message.recipients == null ? "" : message.recipients;
            chat.group = message.recipients != null && message.recipients.contains(",");
            chat.createdAt = at;
            chat.lastActivityAt = at;
            chat.service = message.service;
            chat.persist();
        }
        if (message.service != null) {
            chat.service = message.service;
        }
        chat.lastActivityAt = at;
    }
}
