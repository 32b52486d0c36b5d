package com.caresupport.gateway.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.caresupport.gateway.sandbox.SandboxModel.Chat;
import com.caresupport.gateway.sandbox.SandboxModel.Handle;
import com.caresupport.gateway.sandbox.SandboxModel.Message;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sandbox's state file: what one process writes on shutdown, the next reads back on start-up, so that
 * every chat and message looks exactly as it did through Linq's API (the dev-mode reload in
 * {@code DevModeReloadIT} relies on it).
 */
class SandboxSnapshotTest {

    /** Configured like the application's mapper: snake_case, ISO instants. */
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Test
    void aRestartedSandboxShowsTheSameChatsMessagesAndSubscriptions(@TempDir Path dir) {
        Path file = dir.resolve("sandbox-state.json");
        SandboxState before = new SandboxState();
        Chat chat = chatWithHistory(before);
        before.idempotent.put("key-1", SandboxResponse.created(SandboxJson.object().put("chat_id", chat.id)));
        before.subscriptions.put("sub-1", SandboxJson.object().put("id", "sub-1").put("target_url", "http://localhost/webhooks/linq"));
        before.secrets.put("sub-1", "whsec_ZmFrZS1mb3ItdGVzdHM=");

        new SandboxSnapshot(config(Optional.of(file)), before, JSON).save(null);
        SandboxState after = new SandboxState();
        new SandboxSnapshot(config(Optional.of(file)), after, JSON).restore(null);

        assertEquals(SandboxJson.chat(before.chat(chat.id)), SandboxJson.chat(after.chat(chat.id)));
        for (Message message : chat.messages) {
            assertEquals(SandboxJson.message(message), SandboxJson.message(after.message(message.id)));
        }
        assertEquals(2, after.chat(chat.id).messages.size());
        assertEquals(before.idempotent, after.idempotent);
        assertEquals(before.subscriptions, after.subscriptions);
        assertEquals(before.secrets, after.secrets);
    }

    @Test
    void theNewerRecordsSurviveARestart(@TempDir Path dir) {
        Path file = dir.resolve("sandbox-state.json");
        SandboxState before = new SandboxState();
        before.blockedHandles.put("+15551230001", SandboxJson.object().put("handle", "+15551230001")
                .put("blocked_at", "2026-11-25T10:00:00Z").putNull("reason"));
        before.polls.put("message-1", SandboxJson.object().put("message_id", "message-1").put("chat_id", "chat-1"));
        before.paymentRequests.put("pr-1", SandboxJson.object().put("id", "pr-1").put("status", "canceled"));
        before.paymentHandles.put("+15551230001", SandboxJson.object().put("status", "connected"));
        before.lineSettings.put("+15555550100", SandboxJson.object().put("forwarding_number", "+15557654321"));

        new SandboxSnapshot(config(Optional.of(file)), before, JSON).save(null);
        SandboxState after = new SandboxState();
        new SandboxSnapshot(config(Optional.of(file)), after, JSON).restore(null);

        assertEquals(before.records(), after.records());
        assertEquals("connected", after.paymentHandles.get("+15551230001").path("status").asText());
    }

    @Test
    void aFileFromBeforeTheNewerRecordsStillLoads(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("sandbox-state.json");
        Files.writeString(file, "{\"chats\":[],\"idempotent\":{},\"subscriptions\":{},\"secrets\":{},"
                + "\"attachments\":{\"a-1\":{\"id\":\"a-1\"}},\"contact_cards\":{}}");
        SandboxState state = new SandboxState();

        new SandboxSnapshot(config(Optional.of(file)), state, JSON).restore(null);

        assertEquals(1, state.attachments.size());
        assertTrue(state.blockedHandles.isEmpty());
    }

    @Test
    void anUnreadableFileLeavesTheSandboxEmptyRatherThanFailingStartUp(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("sandbox-state.json");
        Files.writeString(file, "{\"chats\": [ {\"id\": ");
        SandboxState state = new SandboxState();

        new SandboxSnapshot(config(Optional.of(file)), state, JSON).restore(null);

        assertTrue(state.chats.isEmpty());
    }

    /** A chat with an outbound message that was delivered, read, edited and reacted to, and a reply. */
    private static Chat chatWithHistory(SandboxState state) {
        Instant at = Instant.parse("2026-11-25T10:00:00Z");
        Chat chat = new Chat("chat-1", "+15555550100", at, false, "iMessage");
        Handle me = new Handle("handle-me", "+15555550100", at, "iMessage", true);
        Handle family = new Handle("handle-family", "+15551230001", at, "iMessage", false);
        chat.handles.addAll(List.of(me, family));
        chat.displayName = "Amina's family";
        chat.updatedAt = at.plus(Duration.ofMinutes(5));
        ArrayNode text = SandboxJson.NODES.arrayNode();
        text.addObject().put("type", "text").put("value", "Liban will drive tomorrow at 8am.");
        Message sent = new Message("message-1", chat, at, true, me, text, null, "iMessage", "iMessage", null,
                "key-1", "read");
        sent.sentAt = at.plusMillis(100);
        sent.deliveredAt = at.plusMillis(300);
        sent.readAt = at.plusMillis(600);
        sent.edits = 1;
        sent.reactions.add(SandboxJson.object().put("part_index", 0)
                .set("reaction", SandboxJson.object().put("type", "love").put("handle", family.handle)));
        ArrayNode reply = SandboxJson.NODES.arrayNode();
        reply.addObject().put("type", "text").put("value", "Thank you!");
        Message received = new Message("message-2", chat, at.plusSeconds(60), false, family, reply, null, null,
                "iMessage", SandboxJson.object().put("message_id", "message-1"), null, "delivered");
        for (Message message : List.of(sent, received)) {
            chat.messages.add(message);
            state.messages.put(message.id, message);
        }
        state.chats.put(chat.id, chat);
        return chat;
    }

    private static SandboxConfig config(Optional<Path> stateFile) {
        return new SandboxConfig() {
            @Override
            public boolean enabled() {
                return true;
            }

            @Override
            public String apiToken() {
                return "sandbox-token";
            }

            @Override
            public List<String> lines() {
                return List.of("+15555550100");
            }

            @Override
            public String partnerId() {
                return "sandbox-partner";
            }

            @Override
            public Optional<Path> stateFile() {
                return stateFile;
            }

            @Override
            public Delivery delivery() {
                throw new UnsupportedOperationException();
            }

            @Override
            public Webhooks webhooks() {
                throw new UnsupportedOperationException();
            }
        };
    }
}
