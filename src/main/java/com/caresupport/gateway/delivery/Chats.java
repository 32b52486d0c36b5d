package com.caresupport.gateway.delivery;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Instant;
import java.util.List;

/** Keeps the chat table in step with the messages that go through it. */
final class Chats {

    private Chats() {
    }

    /**
     * Records activity in {@code chatId} in a transaction of its own, after the message's outcome is safely
     * stored: two instances racing to insert the same new chat must not undo a delivery record.
     */
    static void touchQuietly(String chatId, MessageRecord message, String service) {
        for (int attempt = 0; attempt < 2; attempt++) {
            try {
                QuarkusTransaction.requiringNew().run(() -> touch(chatId, message, service, Instant.now()));
                return;
            } catch (RuntimeException e) {
                Log.debugf("Chat %s not recorded yet (%s); trying again", chatId, e.getMessage());
            }
        }
    }

    /**
     * Records activity in {@code chatId}, over {@code service}. A chat the gateway just created (the message
     * has recipients) holds exactly those recipients: its members are recorded as confirmed.
     */
    static void touch(String chatId, MessageRecord message, String service, Instant at) {
        if (chatId == null) {
            return;
        }
        if (message.recipients != null) {
            List<String> recipients = Outbox.split(message.recipients);
            ChatRecord.confirm(chatId, recipients, recipients.size() > 1, service, at);
        }
        ChatRecord chat = ChatRecord.findById(chatId);
        if (chat == null) {
            chat = new ChatRecord();
            chat.id = chatId;
            chat.participants = "";
            chat.createdAt = at;
            chat.lastActivityAt = at;
            chat.service = service;
            chat.persist();
        }
        if (service != null) {
            chat.service = service;
        }
        chat.lastActivityAt = ChatRecord.activity(chat.lastActivityAt, at);
    }
}
