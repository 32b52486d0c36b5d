package com.caresupport.gateway.sandbox;

import com.caresupport.gateway.sandbox.SandboxModel.Chat;
import com.caresupport.gateway.sandbox.SandboxModel.Handle;
import com.caresupport.gateway.sandbox.SandboxModel.Message;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Keeps the sandbox's chats, messages, subscriptions and uploads across restarts when
 * {@code linq.sandbox.state-file} is set (dev mode sets it): written on shutdown, read back on start-up. A
 * dev-mode live reload is such a restart, and without this it would forget every chat the gateway's database
 * still refers to. Faults, counters and the request and delivery logs start afresh; a message caught
 * between two delivery steps keeps the status it had (its remaining steps are dropped).
 */
@ApplicationScoped
// Jackson reads and writes these, also in a native executable.
@RegisterForReflection(targets = {SandboxSnapshot.Snapshot.class, SandboxSnapshot.ChatData.class,
        SandboxSnapshot.HandleData.class, SandboxSnapshot.MessageData.class, SandboxResponse.class})
public class SandboxSnapshot {

    /** Everything kept, as written to the file. */
    record Snapshot(List<ChatData> chats, Map<String, SandboxResponse> idempotent, Map<String, ObjectNode> subscriptions,
            Map<String, String> secrets, Map<String, ObjectNode> attachments, Map<String, ObjectNode> contactCards,
            Map<String, Map<String, ObjectNode>> records) {
    }

    record ChatData(String id, String line, Instant createdAt, Instant updatedAt, String displayName, String icon,
            boolean group, String service, boolean left, List<HandleData> handles, List<MessageData> messages) {
    }

    record HandleData(String id, String handle, Instant joinedAt, String service, boolean me, String status,
            Instant leftAt) {
    }

    record MessageData(String id, Instant createdAt, Instant updatedAt, String deliveryStatus, boolean fromMe,
            Instant sentAt, Instant deliveredAt, Instant readAt, JsonNode effect, String fromHandleId, ArrayNode parts,
            String preferredService, String service, JsonNode replyTo, String idempotencyKey, int edits,
            boolean deleted, List<JsonNode> reactions) {
    }

    private final SandboxConfig config;
    private final SandboxState state;
    private final ObjectMapper json;

    SandboxSnapshot(SandboxConfig config, SandboxState state, ObjectMapper json) {
        this.config = config;
        this.state = state;
        this.json = json;
    }

    void restore(@Observes StartupEvent started) {
        Path file = file();
        if (file == null || !Files.exists(file)) {
            return;
        }
        try {
            Snapshot snapshot = json.readValue(file.toFile(), Snapshot.class);
            synchronized (state.lock) {
                apply(snapshot);
            }
            Log.infof("Sandbox state restored from %s: %d chats, %d messages", file, state.chats.size(),
                    state.messages.size());
        } catch (IOException | RuntimeException e) {
            // A stale or hand-edited file must not stop the gateway; the sandbox starts empty instead.
            Log.warnf("Sandbox state in %s not restored (%s); starting empty", file, e.getMessage());
        }
    }

    void save(@Observes ShutdownEvent stopping) {
        Path file = file();
        if (file == null) {
            return;
        }
        try {
            Snapshot snapshot;
            synchronized (state.lock) {
                snapshot = take();
            }
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path partial = file.resolveSibling(file.getFileName() + ".partial");
            json.writeValue(partial.toFile(), snapshot);
            // Replaces the old file only once the new one is complete, so a crash never leaves half a file.
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            Log.debugf("Sandbox state saved to %s", file);
        } catch (IOException | RuntimeException e) {
            Log.warnf("Sandbox state not saved to %s: %s", file, e.getMessage());
        }
    }

    private Path file() {
        return config.enabled() ? config.stateFile().orElse(null) : null;
    }

    private Snapshot take() {
        List<ChatData> chats = state.chats.values().stream().map(SandboxSnapshot::chat).toList();
        return new Snapshot(chats, Map.copyOf(state.idempotent), Map.copyOf(state.subscriptions),
                Map.copyOf(state.secrets), Map.copyOf(state.attachments), Map.copyOf(state.contactCards),
                state.records().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> Map.copyOf(e.getValue()))));
    }

    private static ChatData chat(Chat chat) {
        return new ChatData(chat.id, chat.line, chat.createdAt, chat.updatedAt, chat.displayName, chat.icon, chat.group,
                chat.service, chat.left,
                chat.handles.stream().map(h -> new HandleData(h.id, h.handle, h.joinedAt, h.service, h.me, h.status,
                        h.leftAt)).toList(),
                chat.messages.stream().map(m -> new MessageData(m.id, m.createdAt, m.updatedAt, m.deliveryStatus,
                        m.fromMe, m.sentAt, m.deliveredAt, m.readAt, m.effect, m.from == null ? null : m.from.id, m.parts,
                        m.preferredService, m.service, m.replyTo, m.idempotencyKey, m.edits, m.deleted,
                        List.copyOf(m.reactions))).toList());
    }

    private void apply(Snapshot snapshot) {
        for (ChatData data : snapshot.chats()) {
            Chat chat = new Chat(data.id(), data.line(), data.createdAt(), data.group(), data.service());
            chat.updatedAt = data.updatedAt();
            chat.displayName = data.displayName();
            chat.icon = data.icon();
            chat.left = data.left();
            for (HandleData h : data.handles()) {
                Handle handle = new Handle(h.id(), h.handle(), h.joinedAt(), h.service(), h.me());
                handle.status = h.status();
                handle.leftAt = h.leftAt();
                chat.handles.add(handle);
            }
            Map<String, Handle> handles = chat.handles.stream().collect(Collectors.toMap(h -> h.id, Function.identity()));
            for (MessageData m : data.messages()) {
                Message message = new Message(m.id(), chat, m.createdAt(), m.fromMe(), handles.get(m.fromHandleId()),
                        m.parts(), m.effect(), m.preferredService(), m.service(), m.replyTo(), m.idempotencyKey(),
                        m.deliveryStatus());
                message.updatedAt = m.updatedAt();
                message.sentAt = m.sentAt();
                message.deliveredAt = m.deliveredAt();
                message.readAt = m.readAt();
                message.edits = m.edits();
                message.deleted = m.deleted();
                message.reactions.addAll(m.reactions());
                chat.messages.add(message);
                state.messages.put(message.id, message);
            }
            state.chats.put(chat.id, chat);
        }
        state.idempotent.putAll(snapshot.idempotent());
        state.subscriptions.putAll(snapshot.subscriptions());
        state.secrets.putAll(snapshot.secrets());
        state.attachments.putAll(snapshot.attachments());
        state.contactCards.putAll(snapshot.contactCards());
        // A file written before these records existed has none.
        if (snapshot.records() != null) {
            snapshot.records().forEach((name, records) -> {
                Map<String, ObjectNode> target = state.records().get(name);
                if (target != null && records != null) {
                    target.putAll(records);
                }
            });
        }
    }
}
