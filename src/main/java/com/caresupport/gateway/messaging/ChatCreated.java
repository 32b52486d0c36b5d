package com.caresupport.gateway.messaging;

/** A chat Linq created, with its first message and the service Linq chose. */
public record ChatCreated(boolean success, String chatId, String messageId, String service, String deliveryStatus) {
}
