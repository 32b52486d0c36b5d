package com.caresupport.gateway.cli;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.caresupport.gateway.testing.GatewayProcess;
import com.caresupport.gateway.testing.GatewayProcess.Run;
import io.restassured.path.json.JsonPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The older client's verbs on the packaged gateway, run while a gateway server (with its sandbox) runs on
 * the same machine, port and database. Each verb is checked on its output, its exit code and what the
 * sandbox received. The CLI is given the server's own HTTP port: it would fail if it tried to open it.
 */
class CliIT {

    private static final String FAMILY = "+15551230001";
    private static GatewayProcess gateway;

    @BeforeAll
    static void startServer() throws Exception {
        gateway = new GatewayProcess(Files.createTempDirectory("linq-gateway-cli")).start();
    }

    @AfterAll
    static void stopServer() throws Exception {
        gateway.close();
    }

    private static List<Map<String, Object>> received(String method, String path) {
        return gateway.http().queryParam("path", path).queryParam("method", method).get("/sandbox/control/requests")
                .then().statusCode(200).extract().jsonPath().getList("requests");
    }

    private static Run ok(String... arguments) throws Exception {
        Run run = gateway.cli(arguments);
        assertEquals(0, run.exitCode(), () -> String.join(" ", arguments) + " failed: " + run.err() + run.out());
        return run;
    }

    private static String newChat() throws Exception {
        return new JsonPath(ok("create", "--to", FAMILY, "--body", "Welcome", "--json").out()).getString("chat_id");
    }

    @Test
    void createPrintsTheChatAndSendsTheFirstMessage() throws Exception {
        Run run = ok("create", "--to", "+15551230002", "--body", "Welcome to CareSupport!", "--service", "SMS",
                "--effect", "balloons");
        assertThat(run.out(), startsWith("Chat created: "));
        assertThat(run.out(), containsString("via SMS"));
        List<Map<String, Object>> creates = received("POST", "^/chats$");
        Map<?, ?> body = (Map<?, ?>) creates.get(creates.size() - 1).get("body");
        assertEquals(List.of("+15551230002"), body.get("to"));
        assertEquals("SMS", ((Map<?, ?>) body.get("message")).get("preferred_service"));
        assertEquals(Map.of("type", "screen", "name", "balloons"), ((Map<?, ?>) body.get("message")).get("effect"));
    }

    @Test
    void sendWithJsonOutputAndReplyAndMedia() throws Exception {
        String chatId = newChat();
        JsonPath sent = new JsonPath(ok("send", "--chat-id", chatId, "--body", "Liban will drive tomorrow at 8am.",
                "--media-url", "https://cdn.example.org/map.png", "--json").out());
        assertEquals(true, sent.getBoolean("success"));
        assertEquals(chatId, sent.getString("chat_id"));
        List<Map<String, Object>> sends = received("POST", "^/chats/" + chatId + "/messages$");
        assertEquals(1, sends.size());
        Map<?, ?> message = (Map<?, ?>) ((Map<?, ?>) sends.get(0).get("body")).get("message");
        assertEquals(2, ((List<?>) message.get("parts")).size());
        assertTrue(message.get("idempotency_key") != null, "every send carries an idempotency key");
    }

    @Test
    void aCliSendIsStoredFollowedThroughTheApiAndDeduplicated() throws Exception {
        String chatId = newChat();
        String key = "cli-" + System.nanoTime();
        JsonPath sent = new JsonPath(ok("send", "--chat-id", chatId, "--body", "Pharmacy at 5", "--idempotency-key", key,
                "--json").out());
        String localId = sent.getString("local_id");
        assertThat(ok("send", "--chat-id", chatId, "--body", "Pharmacy at 5", "--idempotency-key", key).out(),
                containsString("gateway id " + localId));

        JsonPath stored = gateway.api().get("/api/messages/{id}", localId).then().statusCode(200).extract().jsonPath();
        assertEquals(sent.getString("message_id"), stored.getString("linq_message_id"));
        assertEquals(chatId, stored.getString("chat_id"));
        assertThat(stored.getList("history.status"), hasItem("queued"));
        assertThat(stored.getList("history.status"), hasItem("pending"));
        assertEquals(1, received("POST", "^/chats/" + chatId + "/messages$").size(), "the repeat sent nothing");

        Run reused = gateway.cli("send", "--chat-id", chatId, "--body", "Something else", "--idempotency-key", key);
        assertEquals(CliErrors.INVALID, reused.exitCode(), reused.out() + reused.err());
        assertThat(reused.err(), containsString("already used for a different request"));
    }

    @Test
    void whileLinqFailsASendIsStoredQueuedExitsFiveAndIsDeliveredLater() throws Exception {
        String chatId = newChat();
        gateway.http().contentType("application/json")
                .body(Map.of("path", "^/chats/" + chatId + "/messages$", "method", "POST", "status", 503, "count", 1000))
                .post("/sandbox/control/faults").then().statusCode(201);
        Run queued;
        try {
            queued = gateway.cli("send", "--chat-id", chatId, "--body", "See you at 8", "--json");
        } finally {
            gateway.http().delete("/sandbox/control/faults").then().statusCode(204);
        }
        assertEquals(CliErrors.QUEUED, queued.exitCode(), queued.out() + queued.err());
        JsonPath answer = new JsonPath(queued.out());
        assertEquals("queued", answer.getString("delivery_status"));
        String localId = answer.getString("local_id");
        assertEquals(localId, answer.getString("message_id"), "no Linq id yet: the gateway's");
        gateway.api().get("/api/messages/{id}", localId).then().statusCode(200);

        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonPath stored = gateway.api().get("/api/messages/{id}", localId).then().statusCode(200).extract().jsonPath();
            assertFalse("queued".equals(stored.getString("delivery_status")), "the server's outbox delivers it");
            assertTrue(stored.getString("linq_message_id") != null, "Linq has it");
        });
    }

    @Test
    void listChatsMessagesAndPhonesPrintTables() throws Exception {
        String chatId = newChat();
        assertThat(ok("list-chats", "--limit", "5").out(), containsString(chatId));
        assertThat(ok("messages", "--chat-id", chatId).out(), containsString("outbound"));
        assertThat(ok("phones").out(), containsString("+15555550100"));
        assertTrue(received("GET", "^/chats$").stream().anyMatch(r -> String.valueOf(r.get("query")).contains("limit=5")));
    }

    /** Both verbs run beside the server: poll in CLI mode at all, update-card through the send path and database. */
    @Test
    void aPollIsShownAndAnAppCardUpdatedBesideTheServer() throws Exception {
        String chatId = newChat();
        String pollId = new JsonPath(ok("poll", "create", "--chat-id", chatId, "--option", "Tuesday", "--option",
                "Thursday", "--json").out()).getString("message_id");
        Run shown = ok("poll", "show", "--message-id", pollId);
        assertThat(shown.out(), startsWith("Poll " + pollId + ": 0 voters"));
        assertThat(shown.out(), containsString("Thursday"));

        var linq = gateway.http().auth().oauth2("sandbox-token").contentType("application/json")
                .basePath("/sandbox/linq/api/partner/v3");
        Map<String, Object> card = Map.of("type", "imessage_app", "app", Map.of("bundle_id",
                "org.caresupport.rides.MessagesExtension", "name", "Rides", "team_id", "A1B2C3D4E5"),
                "layout", Map.of("caption", "Ride booked"));
        String cardId = linq.body(Map.of("to", List.of("+15551230004"), "message", Map.of("parts", List.of(card))))
                .post("/messages").then().statusCode(202).extract().path("message.id");
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> gateway.http().auth().oauth2("sandbox-token")
                .get("/sandbox/linq/api/partner/v3/messages/" + cardId).then().extract().path("delivered_at") != null);

        JsonPath updated = new JsonPath(ok("messages", "update-card", "--message-id", cardId, "--caption",
                "Driver arriving", "--json").out());
        assertEquals(1, received("POST", "^/messages/" + cardId + "/update$").size());
        gateway.api().get("/api/messages/{id}", updated.getString("local_id")).then().statusCode(200)
                .body("linq_message_id", org.hamcrest.Matchers.equalTo(updated.getString("message_id")))
                .body("text_preview", org.hamcrest.Matchers.equalTo("Driver arriving"));
    }

    @Test
    void typingReadAndReactions() throws Exception {
        String chatId = newChat();
        ok("typing", "--chat-id", chatId);
        ok("typing", "--chat-id", chatId, "--stop");
        ok("read", "--chat-id", chatId);
        String messageId = new JsonPath(ok("send", "--chat-id", chatId, "--body", "See you", "--json").out())
                .getString("message_id");
        ok("react", "--message-id", messageId, "--type", "love");
        ok("react", "--message-id", messageId, "--type", "love", "--remove");

        assertEquals(1, received("POST", "/typing$").size());
        assertEquals(1, received("DELETE", "/typing$").size());
        assertEquals(1, received("POST", "/read$").size());
        List<Map<String, Object>> reactions = received("POST", "^/messages/" + messageId + "/reactions$");
        assertEquals("add", ((Map<?, ?>) reactions.get(0).get("body")).get("operation"));
        assertEquals("remove", ((Map<?, ?>) reactions.get(1).get("body")).get("operation"));
    }

    @Test
    void webhooksListCreateAndDelete() throws Exception {
        Run created = ok("webhooks", "create", "--url", "https://hooks.example.org/cli",
                "--events", "message.received,message.read", "--json");
        String id = new JsonPath(created.out()).getString("subscription_id");
        assertThat(new JsonPath(created.out()).getString("signing_secret"), startsWith("whsec_"));
        assertThat(ok("webhooks").out(), containsString(id));
        ok("webhooks", "delete", "--id", id);
        Map<?, ?> body = received("POST", "^/webhook-subscriptions$").stream().map(r -> (Map<?, ?>) r.get("body"))
                .filter(b -> String.valueOf(b.get("target_url")).startsWith("https://hooks.example.org/cli"))
                .findFirst().orElseThrow();
        assertEquals(List.of("message.received", "message.read"), body.get("subscribed_events"));
        assertEquals(1, received("DELETE", "^/webhook-subscriptions/").size());
    }

    @Test
    void capabilityFollowsTheSandboxRule() throws Exception {
        assertThat(ok("capability", "--handle", "+15551230005").out(),
                containsString("iMessage no, RCS yes, SMS yes"));
    }

    @Test
    void badFlagsInvalidInputAndLinqErrorsExitNonZeroWithOneLine() throws Exception {
        Run unknownFlag = gateway.cli("send", "--chat", "x");
        assertEquals(2, unknownFlag.exitCode());
        assertThat(unknownFlag.err(), startsWith("error: "));

        Run invalid = gateway.cli("create", "--to", "555-1234", "--body", "Hi");
        assertEquals(2, invalid.exitCode());
        assertThat(invalid.err(), containsString("--to must be a phone number in E.164 form"));
        assertEquals(1, invalid.err().strip().lines().count(), invalid.err());

        Run unknownChat = gateway.cli("send", "--chat-id", "no-such-chat", "--body", "Hi");
        assertEquals(3, unknownChat.exitCode());
        assertThat(unknownChat.err(), containsString("code 2001"));
        assertEquals(1, unknownChat.err().strip().lines().count(), unknownChat.err());
    }

    @Test
    void sendAndCreateAfterStopExitNonZeroNamingTheOptOutAndReachNoOne() throws Exception {
        String optedOut = "+15551237711";
        String chatId = new JsonPath(ok("create", "--to", optedOut, "--body", "Welcome", "--json").out())
                .getString("chat_id");
        gateway.api().body(Map.of("target_url", "http://localhost:" + gateway.port() + "/webhooks/linq",
                "events", List.of("message.received"))).post("/api/webhook-subscriptions").then().statusCode(201);
        // Texted to the team's other line, so the STOP arrives in another chat than the one the CLI created.
        String stop = gateway.http().contentType("application/json")
                .body(Map.of("from", optedOut, "text", "STOP", "to", "+15555550101"))
                .post("/sandbox/control/inbound").then().statusCode(201).extract().path("message_id");
        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> gateway.api().get("/api/inbound")
                .then().statusCode(200).body("messages.message_id", hasItem(stop)));
        int sends = received("POST", "^/chats/" + chatId + "/messages$").size();
        int creates = received("POST", "^/chats$").size();

        Run send = gateway.cli("send", "--chat-id", chatId, "--body", "Reminder: pharmacy at 5");
        Run create = gateway.cli("create", "--to", optedOut, "--body", "Hello again");

        for (Run refused : List.of(send, create)) {
            assertEquals(CliErrors.INVALID, refused.exitCode(), refused.out() + refused.err());
            assertEquals("", refused.out(), "no gateway id: nothing was stored");
            assertThat(refused.err(), startsWith("error: " + optedOut + " replied STOP and has opted out"));
            assertEquals(1, refused.err().strip().lines().count(), refused.err());
        }
        assertEquals(sends, received("POST", "^/chats/" + chatId + "/messages$").size(), "nothing sent to Linq");
        assertEquals(creates, received("POST", "^/chats$").size(), "no chat created on Linq");
    }

    @Test
    void verbsThatOnlyCallLinqStartWithoutTheDatabase() throws Exception {
        String phones = classesLoadedBy("phones");
        for (String databaseClass : List.of("org.hibernate.internal.SessionFactoryImpl", "io.agroal.pool.ConnectionPool",
                "org.h2.engine.Database")) {
            assertFalse(phones.contains(" " + databaseClass + " "), "phones loaded " + databaseClass);
        }
        String send = classesLoadedBy("send", "--chat-id", newChat(), "--body", "Stored first");
        assertTrue(send.contains(" org.hibernate.internal.SessionFactoryImpl "), "send still starts Hibernate ORM");
    }

    /** The class-loading log of one successful CLI run: what the verb actually started. */
    private static String classesLoadedBy(String... arguments) throws Exception {
        Path log = Files.createTempFile("linq-gateway-cli-classes", ".log");
        Run run = gateway.cli(List.of("-Xlog:class+load=info:file=" + log), arguments);
        assertEquals(0, run.exitCode(), () -> String.join(" ", arguments) + " failed: " + run.err() + run.out());
        return Files.readString(log);
    }

    @Test
    void aSubscriptionToTheGatewaysOwnReceiverKeepsItsSecretOffTheTerminal() throws Exception {
        Run own = gateway.cli(List.of("-Dgateway.public.url=https://gateway.example.org"), "webhooks", "create",
                "--url", "https://gateway.example.org/webhooks/linq", "--events", "message.received");
        assertEquals(0, own.exitCode(), own.err());
        assertThat(own.out(), containsString("Signing secret: kept by the gateway"));
        assertFalse(own.out().contains("whsec_"), own.out());
        assertFalse(own.out().contains("null"), own.out());
    }

    @Test
    void helpListsTheVerbs() throws Exception {
        Run help = ok("--help");
        for (String verb : List.of("create", "send", "list-chats", "phones", "typing", "react", "webhooks", "messages",
                "read", "capability")) {
            assertThat(help.out(), containsString(verb));
        }
    }
}
