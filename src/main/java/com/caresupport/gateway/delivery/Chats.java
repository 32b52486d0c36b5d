package com.caresupport.gateway.delivery;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Instant;

/** Keeps the chat table in step with the messages that go through it. */
final class Chats {

    private Chats() {
    }

    /**
     * Records activity in {@code chatId} in a transaction of its own, after the message's outcome is safely
     * stored: two instances racing to insert the same new chat must not undo a delivery record.
     */
    static void touchQuietly(String chatId, String messageId) {
        for (int attempt = 0; attempt < 2; attempt++) {
            try {
                QuarkusTransaction.requiringNew().run(() -> touch(chatId, MessageRecord.findById(messageId), Instant.now()));
                return;
            } catch (RuntimeException e) {
                Log.debugf("Chat %s not recorded yet (%s); trying again", chatId, e.getMessage());
            }
        }
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
            // A chat the gateway created holds exactly the recipients it was created with.
            chat.membersConfirmedAt = message.recipients == null ? null : at;
            chat.persist();
        }
        if (message.service != null) {
            chat.service = message.service;
        }
        chat.lastActivityAt = at;
    }
}
