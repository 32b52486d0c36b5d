package com.caresupport.gateway.sandbox;

import com.caresupport.gateway.sandbox.SandboxModel.Chat;
import com.caresupport.gateway.sandbox.SandboxModel.Message;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * iMessage polls: created in an existing chat, options add-only, your line's vote toggled one option at a
 * time. A poll is kept as its {@code PollEnvelope} under the id of the message that defines it.
 */
@ApplicationScoped
public class PollEndpoints {

    private static final int MAX_OPTIONS = 12;
    private static final int MAX_TEXT = 300;

    private final SandboxState state;
    private final ChatEndpoints chats;
    private final SandboxWebhooks webhooks;

    PollEndpoints(SandboxState state, ChatEndpoints chats, SandboxWebhooks webhooks) {
        this.state = state;
        this.chats = chats;
        this.webhooks = webhooks;
    }

    void register(@Observes SandboxRoutes.Registering event, SandboxRoutes routes) {
        routes.add("POST", "/chats/{chatId}/polls", this::create);
        routes.add("GET", "/messages/{messageId}/poll", r -> SandboxResponse.ok(poll(r.param("messageId")).deepCopy()));
        routes.add("POST", "/messages/{messageId}/poll/options", this::addOptions);
        routes.add("POST", "/messages/{messageId}/poll/votes", this::vote);
    }

    private SandboxResponse create(SandboxRequest request) {
        Chat chat = state.chat(request.param("chatId"));
        ChatEndpoints.requireActive(chat);
        JsonNode poll = request.object().get("poll");
        if (poll == null || !poll.isObject()) {
            throw LinqError.missing("poll");
        }
        JsonNode options = poll.get("options");
        if (options == null || !options.isArray() || options.size() < 2) {
            throw LinqError.invalid("poll.options needs at least two options");
        }
        if (!"iMessage".equals(chat.service)) {
            throw new LinqError(400, 2018, "Polls are iMessage-only");
        }
        BlockedHandleEndpoints.requireUnblocked(state, chat.recipients());
        String key = poll.path("idempotency_key").asText(null);
        return chats.idempotent(key, () -> {
            synchronized (state.lock) {
                Instant now = Instant.now();
                ObjectNode envelope = SandboxJson.object().put("chat_id", chat.id).put("created_at", now.toString());
                ObjectNode content = SandboxJson.object();
                content.putArray("options");
                content.put("total_voters", 0);
                append(chat, content, options, "poll.options");
                Message message = new Message(UUID.randomUUID().toString(), chat, now, true, chat.me(),
                        SandboxJson.NODES.arrayNode(), null, null, chat.service, null, key, "sent");
                message.sentAt = now;
                chat.messages.add(message);
                chat.updatedAt = now;
                state.messages.put(message.id, message);
                state.messagesCreated.incrementAndGet();
                envelope.put("message_id", message.id);
                envelope.set("poll", content);
                envelope.putArray("reactions");
                envelope.put("updated_at", now.toString());
                state.polls.put(message.id, envelope);
                webhooks.emit("poll.sent", version -> envelope.deepCopy());
                return SandboxResponse.created(envelope.deepCopy());
            }
        });
    }

    private SandboxResponse addOptions(SandboxRequest request) {
        ObjectNode envelope = poll(request.param("messageId"));
        Chat chat = state.chat(envelope.path("chat_id").asText());
        ChatEndpoints.requireActive(chat);
        JsonNode options = request.object().get("options");
        if (options == null || !options.isArray() || options.isEmpty()) {
            throw LinqError.missing("options");
        }
        synchronized (state.lock) {
            append(chat, (ObjectNode) envelope.get("poll"), options, "options");
            envelope.put("updated_at", Instant.now().toString());
            webhooks.emit("poll.updated", version -> envelope.deepCopy());
            return SandboxResponse.ok(envelope.deepCopy());
        }
    }

    private SandboxResponse vote(SandboxRequest request) {
        ObjectNode envelope = poll(request.param("messageId"));
        Chat chat = state.chat(envelope.path("chat_id").asText());
        ChatEndpoints.requireActive(chat);
        String operation = request.text("operation");
        String optionId = request.text("option_id");
        if (!operation.equals("add") && !operation.equals("remove")) {
            throw LinqError.invalid("operation must be add or remove");
        }
        String me = chat.me().handle;
        Instant now = Instant.now();
        synchronized (state.lock) {
            ObjectNode option = null;
            for (JsonNode candidate : envelope.path("poll").path("options")) {
                if (candidate.path("option_id").asText().equals(optionId)) {
                    option = (ObjectNode) candidate;
                }
            }
            if (option == null) {
                throw new LinqError(404, 2002, "Poll option not found");
            }
            ArrayNode voters = (ArrayNode) option.get("voters");
            boolean voted = false;
            for (int i = voters.size() - 1; i >= 0; i--) {
                if (voters.get(i).path("handle").asText().equals(me)) {
                    voted = true;
                    if (operation.equals("remove")) {
                        voters.remove(i);
                    }
                }
            }
            if (operation.equals("add") && !voted) {
                voters.addObject().put("handle", me).put("voted_at", now.toString());
            }
            ObjectNode content = (ObjectNode) envelope.get("poll");
            content.put("total_voters", distinctVoters(content));
            envelope.put("updated_at", now.toString());
            boolean changed = operation.equals("add") != voted;
            if (changed) {
                webhooks.emit(operation.equals("add") ? "poll.vote.added" : "poll.vote.removed",
                        version -> SandboxJson.object().put("chat_id", chat.id)
                                .put("message_id", envelope.path("message_id").asText()).put("option_id", optionId)
                                .put("handle", me).put("voted_at", now.toString()));
            }
            return SandboxResponse.ok(envelope.deepCopy());
        }
    }

    private void append(Chat chat, ObjectNode content, JsonNode options, String field) {
        ArrayNode existing = (ArrayNode) content.get("options");
        Set<String> texts = new HashSet<>();
        existing.forEach(o -> texts.add(o.path("text").asText()));
        if (existing.size() + options.size() > MAX_OPTIONS) {
            throw LinqError.invalid("A poll has at most " + MAX_OPTIONS + " options");
        }
        ArrayNode added = SandboxJson.NODES.arrayNode();
        for (JsonNode option : options) {
            JsonNode text = option.get("text");
            if (text == null || !text.isTextual() || text.asText().isBlank()) {
                throw LinqError.missing(field + "[].text");
            }
            if (text.asText().length() > MAX_TEXT) {
                throw LinqError.invalid(field + "[].text must be at most " + MAX_TEXT + " characters");
            }
            if (!texts.add(text.asText())) {
                throw new LinqError(409, 1005, "The poll already has the option \"" + text.asText() + "\"");
            }
            ObjectNode stored = added.addObject().put("can_be_edited", false);
            stored.set("creator_handle", SandboxJson.handle(chat.me()));
            stored.put("option_id", UUID.randomUUID().toString()).put("text", text.asText());
            stored.putArray("voters");
        }
        // Validated first, so a bad option adds none of the others.
        existing.addAll(added);
    }

    private static int distinctVoters(JsonNode content) {
        Set<String> voters = new HashSet<>();
        content.path("options").forEach(o -> o.path("voters").forEach(v -> voters.add(v.path("handle").asText())));
        return voters.size();
    }

    private ObjectNode poll(String messageId) {
        state.message(messageId);
        ObjectNode envelope = state.polls.get(messageId);
        if (envelope == null) {
            throw new LinqError(404, 2002, "Message " + messageId + " is not a poll");
        }
        return envelope;
    }
}
