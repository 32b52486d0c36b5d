package com.caresupport.gateway.messaging;

import java.util.List;

/**
 * A message as internal apps see it. {@code direction} is derived from Linq's {@code is_from_me}, and
 * {@code text} joins the text parts, so the older client's {@code direction == "inbound"} checks keep working.
 */
public record MessageView(String messageId, String chatId, String direction, String text, List<PartView> parts,
        String from, String service, String deliveryStatus, String createdAt, String sentAt, String deliveredAt,
        String readAt, String replyToMessageId) {
}
