package com.caresupport.gateway.linq.wire;

import java.util.List;

/** One page of a chat's messages; {@code nextCursor} is null (or empty) on the last page. */
public record MessagePage(List<Message> messages, String nextCursor) {
}
