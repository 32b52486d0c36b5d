package com.caresupport.gateway.linq.wire;

/** Response of {@code POST /v3/chats/{chatId}/location/request}: no message id, only Linq's word. */
public record LocationRequestResponse(String message, Boolean success) {
}
