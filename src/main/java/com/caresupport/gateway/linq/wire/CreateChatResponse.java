package com.caresupport.gateway.linq.wire;

/** Response of {@code POST /v3/chats}. */
public record CreateChatResponse(CreatedChat chat) {
}
