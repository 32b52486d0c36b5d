package com.caresupport.gateway.linq.wire;

/** {@code POST /v3/chats/{chatId}/messages}: the chat fixes sender and recipients. */
public record SendMessageRequest(MessageContent message) {
}
