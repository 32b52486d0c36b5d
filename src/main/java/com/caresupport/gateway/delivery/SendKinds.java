package com.caresupport.gateway.delivery;

import com.caresupport.gateway.messaging.ChatCreated;
import com.caresupport.gateway.messaging.MessageSent;
import com.caresupport.gateway.messaging.MessagingService;
import com.caresupport.gateway.messaging.NewChat;
import com.caresupport.gateway.messaging.NewMessage;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Every {@link SendKind} the gateway stores, by its stored {@link MessageRecord.Kind}. */
@ApplicationScoped
class SendKinds {

    private final SendKind<NewChat> chat;
    private final SendKind<NewMessage> message;
    private final Map<MessageRecord.Kind, SendKind<?>> byKind = new EnumMap<>(MessageRecord.Kind.class);

    SendKinds(MessagingService messaging) {
        chat = add(new SendKind<>(MessageRecord.Kind.CHAT, NewChat.class, NewChat::recipients, NewChat::initialMessage,
                (request, chatId, key) -> answer(messaging.createChat(request, key))));
        message = add(new SendKind<>(MessageRecord.Kind.MESSAGE, NewMessage.class, request -> List.of(),
                NewMessage::text, (request, chatId, key) -> answer(messaging.sendMessage(chatId, request, key))));
    }

    private <R> SendKind<R> add(SendKind<R> kind) {
        byKind.put(kind.kind(), kind);
        return kind;
    }

    SendKind<NewChat> chat() {
        return chat;
    }

    SendKind<NewMessage> message() {
        return message;
    }

    SendKind<?> of(MessageRecord.Kind kind) {
        SendKind<?> found = byKind.get(kind);
        if (found == null) {
            throw new IllegalStateException("no send kind " + kind);
        }
        return found;
    }

    private static SendKind.LinqAnswer answer(ChatCreated created) {
        return new SendKind.LinqAnswer(created.chatId(), created.messageId(), created.service(), created.deliveryStatus());
    }

    private static SendKind.LinqAnswer answer(MessageSent sent) {
        return new SendKind.LinqAnswer(sent.chatId(), sent.messageId(), sent.service(), sent.deliveryStatus());
    }
}
