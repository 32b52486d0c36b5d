package com.caresupport.gateway.linq.wire;

import java.util.List;

/** One page of chats; {@code nextCursor} is null (or empty) on the last page. */
public record ChatPage(List<Chat> chats, String nextCursor) {
}
