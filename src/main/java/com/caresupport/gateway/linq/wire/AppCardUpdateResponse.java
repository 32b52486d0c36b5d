package com.caresupport.gateway.linq.wire;

/** Response of {@code POST /v3/messages/{messageId}/update}: the card's new message. */
public record AppCardUpdateResponse(String chatId, SentMessage message) {
}
