package com.caresupport.gateway.linq.wire;

import java.util.List;

/** The message a send returns. It carries no chat id: the send responses hold that separately. */
public record SentMessage(String id, String createdAt, String deliveryStatus, List<MessagePart> parts,
        String sentAt, String deliveredAt, String service, String preferredService, Effect effect,
        ReplyTo replyTo) {
}
