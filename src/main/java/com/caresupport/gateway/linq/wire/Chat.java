package com.caresupport.gateway.linq.wire;

import java.util.List;

/** A chat as {@code GET /v3/chats/{id}} and the chat list return it. */
public record Chat(String id, String createdAt, String updatedAt, String displayName, List<ChatHandle> handles,
        HealthStatus healthStatus, Boolean isGroup, String service) {
}
