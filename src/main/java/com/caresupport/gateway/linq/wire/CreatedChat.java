package com.caresupport.gateway.linq.wire;

import java.util.List;

/** The {@code chat} object of a chat creation, with its first message. */
public record CreatedChat(String id, String displayName, List<ChatHandle> handles, HealthStatus healthStatus,
        Boolean isGroup, SentMessage message, String service) {
}
