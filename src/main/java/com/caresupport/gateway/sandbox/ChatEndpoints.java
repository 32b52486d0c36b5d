package com.caresupport.gateway.sandbox;

import com.caresupport.gateway.sandbox.MessageContentRules.Content;
import com.caresupport.gateway.sandbox.SandboxModel.Chat;
import com.caresupport.gateway.sandbox.SandboxModel.Handle;
import com.caresupport.gateway.sandbox.SandboxModel.Message;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** Chats and what happens in them: creation, listing, sends, typing, read, voice memos, participants. */
@ApplicationScoped
public class ChatEndpoints {

    private final SandboxConfig config;
    private final SandboxState state;
    private final SandboxDelivery delivery;
    private final SandboxWebhooks webhooks;

    ChatEndpoints(SandboxConfig config, SandboxState state, SandboxDelivery delivery, SandboxWebhooks webhooks) {
        this.config = config;
        this.state = state;
        this.delivery = delivery;
        this.webhooks = webhooks;
    }

    void register(@Observes SandboxRoutes.Registering event, SandboxRoutes routes) {
        routes.add("POST", "/chats", this::create);
        routes.add("GET", "/chats", this::list);
        routes.add("GET", "/chats/{chatId}", r -> SandboxResponse.ok(SandboxJson.chat(state.chat(r.param("chatId")))));
        routes.add("PUT", "/chats/{chatId}", this::update);
        routes.add("POST", "/chats/{chatId}/leave", this::leave);
        routes.add("POST", "/chats/{chatId}/read", this::read);
        routes.add("POST", "/chats/{chatId}/voicememo", this::voiceMemo);
        routes.add("POST", "/chats/{chatId}/share_contact_card", this::shareContactCard);
        routes.add("POST", "/chats/{chatId}/participants", r -> participants(r, true));
        routes.add("DELETE", "/chats/{chatId}/participants", r -> participants(r, false));
        routes.add("POST", "/chats/{chatId}/typing", this::typing);
        routes.add("DELETE", "/chats/{chatId}/typing", this::typing);
        routes.add("GET", "/chats/{chatId}/messages", this::messages);
        routes.add("POST", "/chats/{chatId}/messages", this::send);
    }

    private SandboxResponse create(SandboxRequest request) {
        JsonNode body = request.object();
        String from = MessageContentRules.requirePhone(request.optionalText("from"), "from");
        if (!config.lines().contains(from)) {
            throw new LinqError(403, 2005, "from is not a line of this account");
        }
        JsonNode to = body.get("to");
        if (to == null || !to.isArray() || to.isEmpty()) {
            throw LinqError.missing("to");
        }
        List<String> recipients = new ArrayList<>();
        to.forEach(handle -> recipients.add(MessageContentRules.requireHandle(handle.asText(null), "to[]")));
        Content content = MessageContentRules.check(body.get("message"), true);
        BlockedHandleEndpoints.requireUnblocked(state, recipients);
        return idempotent(content.idempotencyKey(), () -> {
            synchronized (state.lock) {
                Instant now = Instant.now();
                MessageContentRules.requireServiceFor(content.parts(),
                        ServiceRule.choose(recipients, content.preferredService()).wire);
                Chat chat = open(from, recipients, content.preferredService(), now);
                String service = chat.service;
                Message message = outbound(chat, content, now);
                ObjectNode created = SandboxJson.object().put("id", chat.id).put("display_name", SandboxJson.displayName(chat));
                created.set("handles", SandboxJson.handles(chat));
                created.set("health_status", SandboxJson.health(now));
                created.put("is_group", chat.group);
                created.set("message", SandboxJson.sent(message));
                created.put("service", service);
                ObjectNode response = SandboxJson.object();
                response.set("chat", created);
                delivery.track(message);
                return SandboxResponse.created(response);
            }
        });
    }

    /** A new chat from {@code from} to {@code recipients}, announced by {@code chat.created}. Under the lock. */
    Chat open(String from, List<String> recipients, String preferredService, Instant now) {
        String service = ServiceRule.choose(recipients, preferredService).wire;
        Chat chat = new Chat(UUID.randomUUID().toString(), from, now, recipients.size() > 1, service);
        chat.handles.add(new Handle(UUID.randomUUID().toString(), from, now, service, true));
        recipients.forEach(r -> chat.handles.add(new Handle(UUID.randomUUID().toString(), r, now, service, false)));
        state.chats.put(chat.id, chat);
        webhooks.emit("chat.created", version -> SandboxJson.chat(chat));
        return chat;
    }

    private SandboxResponse send(SandboxRequest request) {
        Chat chat = state.chat(request.param("chatId"));
        requireActive(chat);
        Content content = MessageContentRules.check(request.object().get("message"), false);
        BlockedHandleEndpoints.requireUnblocked(state, chat.recipients());
        return idempotent(content.idempotencyKey(), () -> {
            synchronized (state.lock) {
                Message message = outbound(chat, content, Instant.now());
                ObjectNode response = SandboxJson.object().put("chat_id", chat.id);
                response.set("message", SandboxJson.sent(message));
                delivery.track(message);
                return SandboxResponse.ok(response);
            }
        });
    }

    /** A repeated idempotency key gets the original answer and sends nothing. */
    SandboxResponse idempotent(String key, java.util.function.Supplier<SandboxResponse> send) {
        if (key == null) {
            return send.get();
        }
        state.idempotencyKeys.computeIfAbsent(key, k -> new java.util.concurrent.atomic.AtomicInteger()).incrementAndGet();
        synchronized (state.lock) {
            SandboxResponse original = state.idempotent.get(key);
            if (original != null) {
                state.idempotencyRepeats.incrementAndGet();
                return original;
            }
            SandboxResponse response = send.get();
            state.idempotent.put(key, response);
            return response;
        }
    }

    Message outbound(Chat chat, Content content, Instant now) {
        String service = content.preferredService() != null
                ? ServiceRule.choose(chat.recipients(), content.preferredService()).wire : chat.service;
        MessageContentRules.requireServiceFor(content.parts(), service);
        Message message = new Message(UUID.randomUUID().toString(), chat, now, true, chat.me(), content.parts(),
                content.effect(), content.preferredService(), service, content.replyTo(), content.idempotencyKey(),
                "queued");
        chat.messages.add(message);
        chat.updatedAt = now;
        state.messages.put(message.id, message);
        state.messagesCreated.incrementAndGet();
        return message;
    }

    private SandboxResponse list(SandboxRequest request) {
        int limit = Paging.limit(request.query("limit"), 20);
        int offset = Paging.offset(request.query("cursor"));
        String from = request.query("from");
        String to = request.query("to");
        if (from != null) {
            MessageContentRules.requirePhone(from, "from");
        }
        List<Chat> chats = state.chats.values().stream()
                .filter(c -> from == null || c.line.equals(from))
                .filter(c -> to == null || c.recipients().contains(to))
                .sorted(Comparator.comparing((Chat c) -> c.updatedAt).reversed().thenComparing(c -> c.id))
                .toList();
        ArrayNode page = SandboxJson.NODES.arrayNode();
        chats.stream().skip(offset).limit(limit).forEach(c -> page.add(SandboxJson.chat(c)));
        ObjectNode response = SandboxJson.object();
        response.set("chats", page);
        response.put("next_cursor", Paging.next(offset, limit, chats.size()));
        return SandboxResponse.ok(response);
    }

    private SandboxResponse messages(SandboxRequest request) {
        Chat chat = state.chat(request.param("chatId"));
        int limit = Paging.limit(request.query("limit"), 20);
        int offset = Paging.offset(request.query("cursor"));
        List<Message> messages;
        synchronized (state.lock) {
            messages = chat.messages.stream().filter(m -> !m.deleted)
                    .sorted(Comparator.comparing((Message m) -> m.createdAt).reversed()).toList();
        }
        ArrayNode page = SandboxJson.NODES.arrayNode();
        messages.stream().skip(offset).limit(limit).forEach(m -> page.add(SandboxJson.message(m)));
        ObjectNode response = SandboxJson.object();
        response.set("messages", page);
        response.put("next_cursor", Paging.next(offset, limit, messages.size()));
        return SandboxResponse.ok(response);
    }

    private SandboxResponse update(SandboxRequest request) {
        Chat chat = state.chat(request.param("chatId"));
        if (!chat.group) {
            throw new LinqError(409, 1006, "Only group chats can be updated");
        }
        String name = request.optionalText("display_name");
        String icon = request.optionalText("group_chat_icon");
        if (icon != null && !icon.startsWith("https://")) {
            throw LinqError.invalid("group_chat_icon must be a public https URL");
        }
        String oldName;
        String oldIcon;
        synchronized (state.lock) {
            oldName = chat.displayName;
            oldIcon = chat.icon;
            if (name != null) {
                chat.displayName = name;
            }
            if (icon != null) {
                chat.icon = icon;
            }
            chat.updatedAt = Instant.now();
        }
        if (name != null) {
            webhooks.emit("chat.group_name_updated", version -> groupChange(chat, oldName, name));
        }
        if (icon != null) {
            webhooks.emit("chat.group_icon_updated", version -> groupChange(chat, oldIcon, icon));
        }
        return SandboxResponse.ok(SandboxJson.object().put("chat_id", chat.id).put("status", "accepted"));
    }

    private static ObjectNode groupChange(Chat chat, String oldValue, String newValue) {
        ObjectNode data = SandboxJson.object().put("chat_id", chat.id).put("updated_at", SandboxJson.time(chat.updatedAt));
        data.set("changed_by_handle", SandboxJson.handle(chat.me()));
        return data.put("new_value", newValue).put("old_value", oldValue);
    }

    private SandboxResponse leave(SandboxRequest request) {
        Chat chat = state.chat(request.param("chatId"));
        requireActive(chat);
        if (!chat.group || chat.activeHandles().size() < 4) {
            throw new LinqError(400, 1005, "Only group chats with at least 4 participants can be left");
        }
        chat.left = true;
        return SandboxResponse.ok(SandboxJson.object().put("message", "Leaving chat").put("status", "accepted"));
    }

    private SandboxResponse read(SandboxRequest request) {
        Chat chat = state.chat(request.param("chatId"));
        requireActive(chat);
        return SandboxResponse.noContent();
    }

    private SandboxResponse typing(SandboxRequest request) {
        Chat chat = state.chat(request.param("chatId"));
        requireActive(chat);
        if (chat.group) {
            throw new LinqError(403, 2005, "Typing indicators are not supported in group chats");
        }
        return SandboxResponse.noContent();
    }

    private SandboxResponse voiceMemo(SandboxRequest request) {
        Chat chat = state.chat(request.param("chatId"));
        requireActive(chat);
        String url = request.optionalText("voice_memo_url");
        String attachment = request.optionalText("attachment_id");
        if ((url == null) == (attachment == null)) {
            throw LinqError.invalid("Give exactly one of voice_memo_url or attachment_id");
        }
        if (url != null && !url.startsWith("https://")) {
            throw LinqError.invalid("voice_memo_url must be a public https URL");
        }
        BlockedHandleEndpoints.requireUnblocked(state, chat.recipients());
        if (attachment != null && !state.attachments.containsKey(attachment)) {
            throw LinqError.notFound(2003, "Attachment");
        }
        Instant now = Instant.now();
        ObjectNode memo = SandboxJson.object().put("id", UUID.randomUUID().toString())
                .put("created_at", now.toString()).put("from", chat.line).put("status", "queued")
                .put("service", chat.service);
        ObjectNode chatNode = memo.putObject("chat").put("id", chat.id).put("is_active", !chat.left)
                .put("is_group", chat.group).put("service", chat.service);
        chatNode.set("handles", SandboxJson.handles(chat));
        ArrayNode to = memo.putArray("to");
        chat.recipients().forEach(to::add);
        memo.putObject("voice_memo").put("id", attachment != null ? attachment : UUID.randomUUID().toString())
                .put("filename", "voice-memo.m4a").put("mime_type", "audio/x-m4a").put("size_bytes", 0)
                .put("url", url != null ? url : "https://cdn.linqapp.com/sandbox/" + attachment)
                .putNull("duration_ms");
        ObjectNode response = SandboxJson.object();
        response.set("voice_memo", memo);
        return SandboxResponse.ok(response);
    }

    private SandboxResponse shareContactCard(SandboxRequest request) {
        Chat chat = state.chat(request.param("chatId"));
        requireActive(chat);
        if (!state.contactCards.containsKey(chat.line)) {
            throw new LinqError(400, 1005, "No contact card is set up for " + chat.line);
        }
        return SandboxResponse.noContent();
    }

    private SandboxResponse participants(SandboxRequest request, boolean add) {
        Chat chat = state.chat(request.param("chatId"));
        requireActive(chat);
        String handle = MessageContentRules.requireHandle(request.optionalText("handle"), "handle");
        synchronized (state.lock) {
            int active = chat.activeHandles().size();
            if (!chat.group || active < 3) {
                throw new LinqError(400, 1005, "Participants can only change in group chats of 3 or more");
            }
            if (add) {
                if (!ServiceRule.capabilities(handle).contains(ServiceRule.Service.of(chat.service))) {
                    throw new LinqError(400, 1005, handle + " cannot join a " + chat.service + " group");
                }
                chat.handles.add(new Handle(UUID.randomUUID().toString(), handle, Instant.now(), chat.service, false));
            } else {
                Handle member = chat.activeHandles().stream().filter(h -> h.handle.equals(handle) && !h.me)
                        .findFirst().orElseThrow(() -> new LinqError(404, 2001, handle + " is not in this chat"));
                if (active - 1 < 3) {
                    throw new LinqError(400, 1005, "A group must keep at least 3 participants");
                }
                member.status = "removed";
                member.leftAt = Instant.now();
            }
            chat.updatedAt = Instant.now();
        }
        String event = add ? "participant.added" : "participant.removed";
        webhooks.emit(event, version -> SandboxJson.object().put("handle", handle).put("chat_id", chat.id)
                .put(add ? "added_at" : "removed_at", Instant.now().toString()));
        return SandboxResponse.ok(SandboxJson.object().put("message", add ? "Participant added" : "Participant removed")
                .put("status", "accepted"));
    }

    static void requireActive(Chat chat) {
        if (chat.left) {
            throw new LinqError(409, 1006, "You have left this chat");
        }
    }
}
