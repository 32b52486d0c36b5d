package com.caresupport.gateway.sandbox;

import com.caresupport.gateway.sandbox.SandboxModel.Message;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Webhook {@code data} payloads, in the 2026-02-03 shape and in the older 2025-01-01 (V1) shape. */
final class SandboxEvents {

    private SandboxEvents() {
    }

    static JsonNode message(Message message, String version) {
        return SandboxWebhooks.V2025.equals(version) ? messageV1(message) : messageV2(message);
    }

    private static ObjectNode messageV2(Message message) {
        ObjectNode data = SandboxJson.object().put("id", message.id);
        ObjectNode chat = data.putObject("chat").put("id", message.chat.id);
        chat.set("health_status", SandboxJson.health(message.chat.createdAt));
        chat.put("is_group", message.chat.group);
        chat.set("owner_handle", SandboxJson.handle(message.chat.me()));
        data.put("direction", message.fromMe ? "outbound" : "inbound");
        data.set("parts", message.parts.deepCopy());
        data.set("sender_handle", SandboxJson.handle(message.from));
        data.put("service", message.service)
                .put("sent_at", SandboxJson.time(message.sentAt))
                .put("delivered_at", SandboxJson.time(message.deliveredAt))
                .put("read_at", SandboxJson.time(message.readAt));
        data.set("effect", message.effect);
        data.put("idempotency_key", message.idempotencyKey);
        data.put("preferred_service", message.preferredService == null ? "auto" : message.preferredService);
        data.set("reply_to", message.replyTo);
        return data;
    }

    private static ObjectNode messageV1(Message message) {
        ObjectNode data = SandboxJson.object().put("chat_id", message.chat.id).put("from", message.from.handle)
                .put("is_from_me", message.fromMe);
        ObjectNode inner = data.putObject("message").put("id", message.id)
                .put("created_at", SandboxJson.time(message.createdAt))
                .put("updated_at", SandboxJson.time(message.updatedAt))
                .put("sent_at", SandboxJson.time(message.sentAt))
                .put("delivered_at", SandboxJson.time(message.deliveredAt))
                .put("read_at", SandboxJson.time(message.readAt))
                .put("is_delivered", message.deliveredAt != null)
                .put("is_read", message.readAt != null);
        inner.set("effect", message.effect);
        inner.set("parts", message.parts.deepCopy());
        inner.set("reply_to", message.replyTo);
        return data;
    }
}
