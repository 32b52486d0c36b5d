package com.caresupport.gateway.linq.wire;

/** Linq's answer to a chat update: the chat and whether the change was accepted. */
public record ChatUpdateResponse(String chatId, String status) {
}
