package com.caresupport.gateway.messaging;

import java.util.List;

/** One page of a chat's messages; {@code nextCursor} is null on the last page. */
public record MessageList(boolean success, List<MessageView> messages, String nextCursor) {
}
