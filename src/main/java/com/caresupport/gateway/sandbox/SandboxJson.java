package com.caresupport.gateway.sandbox;

import com.caresupport.gateway.sandbox.SandboxModel.Chat;
import com.caresupport.gateway.sandbox.SandboxModel.Handle;
import com.caresupport.gateway.sandbox.SandboxModel.Message;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/** Writes sandbox records in Linq's exact V3 shapes (field names, nulls, nesting). */
final class SandboxJson {

    static final ObjectMapper MAPPER = new ObjectMapper();
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private SandboxJson() {
    }

    static ObjectNode object() {
        return NODES.objectNode();
    }

    static String time(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    static ObjectNode health(Instant at) {
        return object().put("status", "HEALTHY").put("updated_at", time(at))
                .put("doc_url", "https://docs.linqapp.com/guides/chat-health");
    }

    static ObjectNode handle(Handle handle) {
        return object().put("id", handle.id).put("handle", handle.handle).put("joined_at", time(handle.joinedAt))
                .put("service", handle.service).put("is_me", handle.me).put("left_at", time(handle.leftAt))
                .put("status", handle.status);
    }

    static ArrayNode handles(Chat chat) {
        ArrayNode array = NODES.arrayNode();
        chat.handles.forEach(h -> array.add(handle(h)));
        return array;
    }

    static ObjectNode chat(Chat chat) {
        ObjectNode node = object().put("id", chat.id).put("created_at", time(chat.createdAt))
                .put("updated_at", time(chat.updatedAt)).put("display_name", displayName(chat));
        node.set("handles", handles(chat));
        node.set("health_status", health(chat.createdAt));
        node.put("is_archived", false).put("is_group", chat.group).put("service", chat.service);
        if (chat.icon != null) {
            node.put("group_chat_icon", chat.icon);
        }
        return node;
    }

    static String displayName(Chat chat) {
        return chat.displayName != null ? chat.displayName : String.join(", ", chat.recipients());
    }

    /** The {@code SentMessage} of send responses: no chat id, no is_from_me. */
    static ObjectNode sent(Message message) {
        ObjectNode node = object().put("id", message.id).put("created_at", time(message.createdAt))
                .put("delivery_status", message.deliveryStatus).put("is_read", message.readAt != null)
                .put("sent_at", time(message.sentAt)).put("delivered_at", time(message.deliveredAt));
        node.set("parts", responseParts(message));
        node.set("effect", message.effect);
        node.set("from_handle", message.from == null ? null : handle(message.from));
        node.put("preferred_service", message.preferredService).put("service", message.service);
        node.set("reply_to", message.replyTo);
        return node;
    }

    /** The full {@code Message} of GET and list responses. */
    static ObjectNode message(Message message) {
        ObjectNode node = object().put("id", message.id).put("chat_id", message.chat.id)
                .put("created_at", time(message.createdAt)).put("updated_at", time(message.updatedAt))
                .put("delivery_status", message.deliveryStatus).put("is_from_me", message.fromMe)
                .put("is_delivered", message.deliveredAt != null).put("is_read", message.readAt != null)
                .put("sent_at", time(message.sentAt)).put("delivered_at", time(message.deliveredAt))
                .put("read_at", time(message.readAt));
        node.set("effect", message.effect);
        node.put("from", message.from == null ? null : message.from.handle);
        node.set("from_handle", message.from == null ? null : handle(message.from));
        node.set("parts", responseParts(message));
        node.put("preferred_service", message.preferredService).put("service", message.service);
        node.set("reply_to", message.replyTo);
        return node;
    }

    private static ArrayNode responseParts(Message message) {
        ArrayNode parts = NODES.arrayNode();
        for (int i = 0; i < message.parts.size(); i++) {
            ObjectNode part = message.parts.get(i).deepCopy();
            ArrayNode reactions = NODES.arrayNode();
            int index = i;
            message.reactions.stream().filter(r -> r.path("part_index").asInt(0) == index)
                    .forEach(r -> reactions.add(r.get("reaction")));
            part.set("reactions", reactions.isEmpty() ? null : reactions);
            parts.add(part);
        }
        return parts;
    }

    static ObjectNode error(int status, int code, String message, String traceId) {
        ObjectNode error = object().put("status", status).put("code", code).put("message", message);
        ObjectNode body = object().put("success", false);
        body.set("error", error);
        body.put("trace_id", traceId);
        return body;
    }

    static JsonNode parse(String body) {
        try {
            return body == null || body.isBlank() ? null : MAPPER.readTree(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new LinqError(400, 1003, "Request body is not valid JSON");
        }
    }
}
