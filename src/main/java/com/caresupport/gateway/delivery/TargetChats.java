package com.caresupport.gateway.delivery;

import com.caresupport.gateway.error.NotFoundException;
import com.caresupport.gateway.messaging.PersonSends;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The chat of a message a send is aimed at (a poll, an app card), so that the opt-out guard can check that
 * chat's members before anything is stored. The gateway's own record answers for messages it sent; for
 * others Linq is asked, and when Linq cannot be reached the send is refused (503) rather than stored
 * unchecked.
 */
@ApplicationScoped
class TargetChats {

    private final PersonSends sends;

    TargetChats(PersonSends sends) {
        this.sends = sends;
    }

    String chatOf(String messageId) {
        String known = QuarkusTransaction.requiringNew().call(() -> MessageRecord.findByIdOrLinqId(messageId)
                .filter(m -> m.chatId != null).map(m -> m.chatId).orElse(null));
        if (known != null) {
            return known;
        }
        String chatId = sends.chatOfMessage(messageId);
        if (chatId == null) {
            throw new NotFoundException("message", messageId);
        }
        return chatId;
    }
}
