package com.caresupport.gateway.messaging;

import com.caresupport.gateway.linq.wire.Chat;
import com.caresupport.gateway.linq.wire.ChatHandle;
import com.caresupport.gateway.linq.wire.Effect;
import com.caresupport.gateway.linq.wire.Message;
import com.caresupport.gateway.linq.wire.MessageContent;
import com.caresupport.gateway.linq.wire.MessagePart;
import com.caresupport.gateway.linq.wire.Part;
import com.caresupport.gateway.linq.wire.ReplyTo;
import com.caresupport.gateway.linq.wire.WebhookSubscription;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** Translates between the gateway's records and Linq's wire records, in both directions, in one place. */
final class LinqMapping {

    private LinqMapping() {
    }

    static MessageContent content(NewMessage message, String idempotencyKey) {
        List<Part> parts = new ArrayList<>();
        parts.add(Part.text(message.text()));
        if (message.mediaUrl() != null) {
            parts.add(Part.mediaUrl(message.mediaUrl()));
        }
        if (message.attachmentId() != null) {
            parts.add(Part.attachment(message.attachmentId()));
        }
        ReplyTo replyTo = message.replyToMessageId() == null ? null : new ReplyTo(message.replyToMessageId(), null);
        return new MessageContent(parts, effect(message.effect()), idempotencyKey, message.preferredService(), replyTo);
    }

    static MessageContent firstMessage(NewChat chat, String idempotencyKey) {
        return new MessageContent(List.of(Part.text(chat.initialMessage())), effect(chat.effect()), idempotencyKey,
                chat.preferredService(), null);
    }

    static Effect effect(EffectSpec effect) {
        return effect == null ? null : new Effect(effect.type(), effect.name());
    }

    static ChatView chat(Chat chat) {
        List<String> handles = chat.handles() == null ? List.of()
                : chat.handles().stream().map(ChatHandle::handle).filter(Objects::nonNull).toList();
        return new ChatView(chat.id(), chat.displayName(), handles, chat.service(), Boolean.TRUE.equals(chat.isGroup()),
                chat.createdAt(), chat.updatedAt());
    }

    static MessageView message(Message message) {
        List<MessagePart> parts = message.parts() == null ? List.of() : message.parts();
        String text = parts.stream().filter(p -> "text".equals(p.type()) && p.value() != null)
                .map(MessagePart::value).collect(Collectors.joining("\n"));
        String direction = message.isFromMe() == null ? null : message.isFromMe() ? "outbound" : "inbound";
        String from = message.fromHandle() == null ? null : message.fromHandle().handle();
        return new MessageView(message.id(), message.chatId(), direction, text.isEmpty() ? null : text,
                parts.stream().map(LinqMapping::part).toList(), from, message.service(), message.deliveryStatus(),
                message.createdAt(), message.sentAt(), message.deliveredAt(), message.readAt(),
                message.replyTo() == null ? null : message.replyTo().messageId());
    }

    static PartView part(MessagePart part) {
        boolean media = "media".equals(part.type());
        return new PartView(part.type(), media ? null : part.value(), media ? part.id() : null, part.filename(),
                part.mimeType(), part.sizeBytes(), part.url());
    }

    static SubscriptionView subscription(WebhookSubscription subscription) {
        return new SubscriptionView(subscription.id(), subscription.targetUrl(), subscription.subscribedEvents(),
                Boolean.TRUE.equals(subscription.isActive()), subscription.phoneNumbers(), subscription.createdAt());
    }

    /** Cursors end on null, empty or missing; the gateway always answers null. */
    static String cursor(String nextCursor) {
        return nextCursor == null || nextCursor.isBlank() ? null : nextCursor;
    }
}
