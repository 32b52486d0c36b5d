package com.caresupport.gateway.linq.wire;

import java.util.List;

/**
 * A stored message. REST messages mark direction with {@code isFromMe}; there is no {@code direction} field.
 */
public record Message(String id, String chatId, String createdAt, String updatedAt, String deliveryStatus,
        Boolean isFromMe, String sentAt, String deliveredAt, String readAt, Effect effect, ChatHandle fromHandle,
        List<MessagePart> parts, String preferredService, String service, ReplyTo replyTo) {
}
