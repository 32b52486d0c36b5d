package com.caresupport.gateway.sandbox;

import com.caresupport.gateway.sandbox.MessageContentRules.Content;
import com.caresupport.gateway.sandbox.SandboxModel.Chat;
import com.caresupport.gateway.sandbox.SandboxModel.Message;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Message-centric sends: {@code POST /v3/messages} picks the line and the chat for a set of recipients,
 * and {@code POST /v3/messages/{id}/update} redraws a delivered app card as a new message.
 */
@ApplicationScoped
public class SendEndpoints {

    private final SandboxConfig config;
    private final SandboxState state;
    private final ChatEndpoints chats;
    private final SandboxDelivery delivery;

    SendEndpoints(SandboxConfig config, SandboxState state, ChatEndpoints chats, SandboxDelivery delivery) {
        this.config = config;
        this.state = state;
        this.chats = chats;
        this.delivery = delivery;
    }

    void register(@Observes SandboxRoutes.Registering event, SandboxRoutes routes) {
        routes.add("POST", "/messages", this::send);
        routes.add("POST", "/messages/{messageId}/update", this::updateCard);
    }

    private SandboxResponse send(SandboxRequest request) {
        JsonNode body = request.object();
        JsonNode to = body.get("to");
        if (to == null || !to.isArray() || to.isEmpty()) {
            throw LinqError.missing("to");
        }
        Set<String> recipients = new HashSet<>();
        to.forEach(handle -> recipients.add(MessageContentRules.requireHandle(handle.asText(null), "to[]")));
        Set<String> excluded = new HashSet<>();
        JsonNode exclude = body.path("exclude_from");
        exclude.forEach(line -> excluded.add(MessageContentRules.requirePhone(line.asText(null), "exclude_from[]")));
        // Unlike POST /v3/chats, the first message may carry a link.
        Content content = MessageContentRules.check(body.get("message"), false);
        BlockedHandleEndpoints.requireUnblocked(state, recipients);
        return chats.idempotent(content.idempotencyKey(), () -> {
            synchronized (state.lock) {
                Instant now = Instant.now();
                Optional<Chat> existing = existing(recipients, excluded);
                Chat chat = existing.orElseGet(() -> {
                    // Refused before a chat is opened for a message that cannot go out on it.
                    MessageContentRules.requireServiceFor(content.parts(),
                            ServiceRule.choose(new ArrayList<>(recipients), content.preferredService()).wire);
                    return chats.open(line(excluded), new ArrayList<>(recipients), content.preferredService(), now);
                });
                Message message = chats.outbound(chat, content, now);
                ObjectNode response = SandboxJson.object().put("chat_id", chat.id)
                        .put("created_new_chat", existing.isEmpty()).put("from", chat.line);
                response.putObject("from_selection")
                        .put("reason", existing.isPresent() ? "reused_active_chat" : "new_best_number")
                        .put("reused_existing_chat", existing.isPresent());
                response.set("handles", SandboxJson.handles(chat));
                response.put("is_group", chat.group);
                response.set("message", SandboxJson.sent(message));
                response.put("service", message.service).putNull("previous_chat_id");
                delivery.track(message);
                return new SandboxResponse(202, response);
            }
        });
    }

    /** The most recently active chat with exactly these recipients, preferring one on a line not excluded. */
    private Optional<Chat> existing(Set<String> recipients, Set<String> excluded) {
        List<Chat> matching = state.chats.values().stream()
                .filter(c -> !c.left && new HashSet<>(c.recipients()).equals(recipients))
                .sorted(Comparator.comparing((Chat c) -> c.updatedAt).reversed()).toList();
        return matching.stream().filter(c -> !excluded.contains(c.line)).findFirst()
                .or(() -> matching.stream().findFirst());
    }

    private String line(Set<String> excluded) {
        return config.lines().stream().filter(l -> !excluded.contains(l)).findFirst()
                .orElseThrow(() -> LinqError.invalid("exclude_from excludes every line of this account"));
    }

    private SandboxResponse updateCard(SandboxRequest request) {
        Message original = state.message(request.param("messageId"));
        JsonNode body = request.object();
        JsonNode layout = MessageContentRules.checkLayout(body.get("layout"), "layout");
        String url = request.optionalText("url");
        JsonNode experience = body.get("experience");
        boolean hasExperience = experience != null && !experience.isNull();
        if (url != null && hasExperience) {
            throw LinqError.invalid("url and experience are mutually exclusive");
        }
        if (url != null && !url.startsWith("https://")) {
            throw LinqError.invalid("url must be an absolute https URL");
        }
        if (hasExperience) {
            ExperienceEndpoints.check(experience, "experience");
        }
        JsonNode card = original.parts.isEmpty() ? null : original.parts.get(0);
        if (!original.fromMe || card == null || !"imessage_app".equals(card.path("type").asText())) {
            throw LinqError.invalid("Only an imessage_app card you sent can be updated");
        }
        Chat chat = original.chat;
        ChatEndpoints.requireActive(chat);
        synchronized (state.lock) {
            if (original.deliveredAt == null) {
                throw new LinqError(409, 1006, "The card is not delivered yet; retry after its message.delivered");
            }
            ObjectNode updated = card.deepCopy();
            ObjectNode newLayout = updated.putObject("layout");
            MessageContentRules.LAYOUT.forEach(f -> {
                if (layout.hasNonNull(f)) {
                    newLayout.put(f, layout.get(f).asText());
                }
            });
            if (url != null) {
                updated.put("url", url);
            } else if (hasExperience) {
                updated.put("url", MessageContentRules.appCard(experience,
                        ExperienceEndpoints.check(experience, "experience")).path("url").asText(null));
            }
            updated.put("fallback_text", request.optionalText("fallback_text") != null
                    ? request.optionalText("fallback_text") : layout.path("caption").asText(null));
            updated.put("interactive", !body.has("interactive") || body.get("interactive").asBoolean(true));
            ArrayNode parts = SandboxJson.NODES.arrayNode().add(updated);
            Message message = new Message(UUID.randomUUID().toString(), chat, Instant.now(), true, chat.me(), parts,
                    null, null, original.service, null, null, "queued");
            chat.messages.add(message);
            chat.updatedAt = message.createdAt;
            state.messages.put(message.id, message);
            state.messagesCreated.incrementAndGet();
            delivery.track(message);
            ObjectNode response = SandboxJson.object().put("chat_id", chat.id);
            response.set("message", SandboxJson.sent(message));
            return SandboxResponse.ok(response);
        }
    }
}
