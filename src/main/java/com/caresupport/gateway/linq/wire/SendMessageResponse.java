package com.caresupport.gateway.linq.wire;

/** Response of {@code POST /v3/chats/{id}/messages}. */
public record SendMessageResponse(String chatId, SentMessage message) {
}
