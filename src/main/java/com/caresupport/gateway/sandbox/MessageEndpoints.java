package com.caresupport.gateway.sandbox;

import com.caresupport.gateway.sandbox.SandboxModel.Message;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** Single messages: get, edit (5 times within 15 minutes), delete Linq's copy, react, read a thread. */
@ApplicationScoped
public class MessageEndpoints {

    static final Set<String> REACTIONS = Set.of("love", "like", "dislike", "laugh", "emphasize", "question", "custom",
            "sticker");
    private static final int MAX_EDITS = 5;
    private static final Duration EDIT_WINDOW = Duration.ofMinutes(15);

    private final SandboxState state;
    private final SandboxWebhooks webhooks;

    MessageEndpoints(SandboxState state, SandboxWebhooks webhooks) {
        this.state = state;
        this.webhooks = webhooks;
    }

    void register(@Observes SandboxRoutes.Registering event, SandboxRoutes routes) {
        routes.add("GET", "/messages/{messageId}",
                r -> SandboxResponse.ok(SandboxJson.message(state.message(r.param("messageId")))));
        routes.add("PATCH", "/messages/{messageId}", this::edit);
        routes.add("DELETE", "/messages/{messageId}", this::delete);
        routes.add("POST", "/messages/{messageId}/reactions", this::react);
        routes.add("GET", "/messages/{messageId}/thread", this::thread);
    }

    private SandboxResponse edit(SandboxRequest request) {
        Message message = state.message(request.param("messageId"));
        String text = request.text("text");
        int index = request.object().path("part_index").asInt(0);
        Instant now = Instant.now();
        synchronized (state.lock) {
            if (!message.fromMe) {
                throw new LinqError(400, 1005, "Only your own messages can be edited");
            }
            if (index < 0 || index >= message.parts.size() || !"text".equals(message.parts.get(index).path("type").asText())) {
                throw new LinqError(400, 1005, "part_index must point at a text part");
            }
            if (message.edits >= MAX_EDITS || Duration.between(message.createdAt, now).compareTo(EDIT_WINDOW) > 0) {
                throw new LinqError(409, 1005, "A message can be edited at most 5 times, within 15 minutes of sending");
            }
            ((ObjectNode) message.parts.get(index)).put("value", text);
            message.edits++;
            message.updatedAt = now;
        }
        webhooks.emit("message.edited", version -> {
            ObjectNode data = SandboxJson.object().put("id", message.id);
            ObjectNode chat = data.putObject("chat").put("id", message.chat.id);
            chat.set("health_status", SandboxJson.health(message.chat.createdAt));
            chat.put("is_group", message.chat.group);
            chat.set("owner_handle", SandboxJson.handle(message.chat.me()));
            data.put("direction", "outbound").put("edited_at", now.toString());
            data.putObject("part").put("index", index).put("text", text);
            data.set("sender_handle", SandboxJson.handle(message.from));
            return data;
        });
        return SandboxResponse.ok(SandboxJson.message(message));
    }

    private SandboxResponse delete(SandboxRequest request) {
        Message message = state.message(request.param("messageId"));
        message.deleted = true;
        return SandboxResponse.noContent();
    }

    private SandboxResponse react(SandboxRequest request) {
        Message message = state.message(request.param("messageId"));
        JsonNode body = request.object();
        String operation = request.text("operation");
        String type = request.text("type");
        if (!operation.equals("add") && !operation.equals("remove")) {
            throw LinqError.invalid("operation must be add or remove");
        }
        if (!REACTIONS.contains(type)) {
            throw LinqError.invalid("Unknown reaction type: " + type);
        }
        String emoji = request.optionalText("custom_emoji");
        if (type.equals("custom") && (emoji == null || emoji.isBlank())) {
            throw LinqError.invalid("custom_emoji is required for custom reactions");
        }
        int part = body.path("part_index").asInt(0);
        if (part < 0 || part >= message.parts.size()) {
            throw LinqError.invalid("part_index is out of range");
        }
        synchronized (state.lock) {
            message.reactions.removeIf(r -> r.path("part_index").asInt() == part
                    && r.path("reaction").path("type").asText().equals(type)
                    && (emoji == null || emoji.equals(r.path("reaction").path("custom_emoji").asText(null))));
            if (operation.equals("add")) {
                ObjectNode reaction = SandboxJson.object().put("is_me", true).put("type", type).put("custom_emoji", emoji);
                reaction.set("handle", SandboxJson.handle(message.chat.me()));
                ObjectNode entry = SandboxJson.object().put("part_index", part);
                entry.set("reaction", reaction);
                message.reactions.add(entry);
            }
        }
        webhooks.emit(operation.equals("add") ? "reaction.added" : "reaction.removed", version -> {
            ObjectNode data = SandboxJson.object().put("is_from_me", true).put("reaction_type", type)
                    .put("chat_id", message.chat.id).put("message_id", message.id).put("part_index", part)
                    .put("custom_emoji", emoji).put("reacted_at", Instant.now().toString())
                    .put("service", message.service);
            data.set("from_handle", SandboxJson.handle(message.chat.me()));
            return data;
        });
        return SandboxResponse.ok(SandboxJson.object().put("message", "Reaction " + operation + "ed")
                .put("status", "accepted"));
    }

    private SandboxResponse thread(SandboxRequest request) {
        Message message = state.message(request.param("messageId"));
        String root = message.replyTo == null ? message.id : message.replyTo.path("message_id").asText();
        int limit = Paging.limit(request.query("limit"), 20);
        int offset = Paging.offset(request.query("cursor"));
        boolean descending = "desc".equals(request.query("order"));
        List<Message> thread;
        synchronized (state.lock) {
            Comparator<Message> order = Comparator.comparing(m -> m.createdAt);
            thread = message.chat.messages.stream().filter(m -> !m.deleted)
                    .filter(m -> m.id.equals(root) || m.replyTo != null && root.equals(m.replyTo.path("message_id").asText()))
                    .sorted(descending ? order.reversed() : order).toList();
        }
        ArrayNode page = SandboxJson.NODES.arrayNode();
        thread.stream().skip(offset).limit(limit).forEach(m -> page.add(SandboxJson.message(m)));
        ObjectNode response = SandboxJson.object();
        response.set("messages", page);
        response.put("next_cursor", Paging.next(offset, limit, thread.size()));
        return SandboxResponse.ok(response);
    }
}
