package com.caresupport.gateway.messaging;

import java.util.List;

/** One page of chats; {@code nextCursor} is null on the last page. */
public record ChatList(boolean success, List<ChatView> chats, String nextCursor) {
}
