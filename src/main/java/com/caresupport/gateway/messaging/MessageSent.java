package com.caresupport.gateway.messaging;

/** A message Linq accepted: its id, the service Linq chose and where delivery stands. */
public record MessageSent(boolean success, String chatId, String messageId, String service, String deliveryStatus) {
}
