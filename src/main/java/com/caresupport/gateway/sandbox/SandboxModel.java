package com.caresupport.gateway.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The sandbox's in-memory records. Guarded by the lock of the {@link Chat} they belong to. */
final class SandboxModel {

    private SandboxModel() {
    }

    static final class Handle {
        final String id;
        final String handle;
        final Instant joinedAt;
        final String service;
        final boolean me;
        String status = "active";
        Instant leftAt;

        Handle(String id, String handle, Instant joinedAt, String service, boolean me) {
            this.id = id;
            this.handle = handle;
            this.joinedAt = joinedAt;
            this.service = service;
            this.me = me;
        }
    }

    static final class Chat {
        final String id;
        final String line;
        final Instant createdAt;
        Instant updatedAt;
        String displayName;
        String icon;
        final List<Handle> handles = new ArrayList<>();
        final boolean group;
        final String service;
        final List<Message> messages = new ArrayList<>();
        boolean left;

        Chat(String id, String line, Instant createdAt, boolean group, String service) {
            this.id = id;
            this.line = line;
            this.createdAt = createdAt;
            this.updatedAt = createdAt;
            this.group = group;
            this.service = service;
        }

        List<Handle> activeHandles() {
            return handles.stream().filter(h -> "active".equals(h.status)).toList();
        }

        Handle me() {
            return handles.stream().filter(h -> h.me).findFirst().orElseThrow();
        }

        List<String> recipients() {
            return activeHandles().stream().filter(h -> !h.me).map(h -> h.handle).toList();
        }
    }

    static final class Message {
        final String id;
        final Chat chat;
        final Instant createdAt;
        Instant updatedAt;
        String deliveryStatus;
        final boolean fromMe;
        Instant sentAt;
        Instant deliveredAt;
        Instant readAt;
        final JsonNode effect;
        final Handle from;
        final ArrayNode parts;
        final String preferredService;
        final String service;
        final JsonNode replyTo;
        final String idempotencyKey;
        int edits;
        boolean deleted;
        final List<JsonNode> reactions = new ArrayList<>();

        Message(String id, Chat chat, Instant createdAt, boolean fromMe, Handle from, ArrayNode parts, JsonNode effect,
                String preferredService, String service, JsonNode replyTo, String idempotencyKey, String status) {
            this.id = id;
            this.chat = chat;
            this.createdAt = createdAt;
            this.updatedAt = createdAt;
            this.fromMe = fromMe;
            this.from = from;
            this.parts = parts;
            this.effect = effect;
            this.preferredService = preferredService;
            this.service = service;
            this.replyTo = replyTo;
            this.idempotencyKey = idempotencyKey;
            this.deliveryStatus = status;
        }
    }
}
