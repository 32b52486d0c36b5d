package com.caresupport.gateway.linq.wire;

import java.util.List;

/** {@code POST /v3/chats}: {@code to} is an array even for one recipient. */
public record CreateChatRequest(String from, List<String> to, MessageContent message) {
}
