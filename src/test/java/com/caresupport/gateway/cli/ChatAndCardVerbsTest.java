package com.caresupport.gateway.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.caresupport.gateway.delivery.MessageRecord;
import com.caresupport.gateway.inbound.HandleOptOut;
import com.caresupport.gateway.inbound.InboundPoller;
import com.caresupport.gateway.testing.LinqTestSupport;
import com.caresupport.gateway.testing.SandboxControl;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The verbs over a chat's location and background, a poll's results, the experience catalogue and app-card
 * updates, run in-process through the packaged gateway's picocli wiring (factory, error handler) against the
 * sandbox: each happy path checks what Linq received and what the verb printed; bad input is refused with a
 * precise message, a non-zero exit and nothing sent.
 */
@QuarkusTest
class ChatAndCardVerbsTest extends LinqTestSupport {

    private static final String PERSON = "+15551230011";
    private static final String OPTED_OUT = "+15551239873";

    @Inject
    InProcessCli cli;

    @Inject
    InboundPoller poller;

    private String out;
    private String err;

    @BeforeEach
    void optBackIn() {
        QuarkusTransaction.requiringNew().run(() -> HandleOptOut.deleteById(OPTED_OUT));
    }

    private int run(String... args) {
        InProcessCli.Run run = cli.run(args);
        out = run.out();
        err = run.err();
        return run.exit();
    }

    @Test
    void locationShowsWhatTheChatShares() {
        String chat = SandboxControl.openChat(PERSON);
        assertEquals(0, run("chats", "location", "--chat-id", chat), err::toString);
        assertEquals("Nobody shares a location in " + chat + ".", out.toString().trim());

        SandboxControl.linq().post("/chats/" + chat + "/location/request").then().statusCode(200);
        assertEquals(0, run("chats", "location", "--chat-id", chat), err::toString);
        assertTrue(out.toString().startsWith("HANDLE"), out.toString());
        assertTrue(out.toString().contains(PERSON), out.toString());
        assertEquals(0, run("chats", "location", "--chat-id", chat, "--json"), err::toString);
        JsonPath shared = JsonPath.from(out.toString());
        assertEquals(chat, shared.getString("chat_id"));
        assertEquals(PERSON, shared.getString("locations[0].handle"));
        assertEquals(3, SandboxControl.requests("GET /v3/chats/{chatId}/location"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void backgroundIsSetAndRemoved() {
        String chat = SandboxControl.openChat(PERSON);
        assertEquals(0, run("chats", "background", "set", "--chat-id", chat, "--type", "dynamic", "--style", "sky",
                "--variant", "dusk"), err::toString);
        assertEquals("Background set on " + chat + " (ok)", out.toString().trim());
        assertEquals(0, run("chats", "background", "set", "--chat-id", chat, "--type", "color", "--shades",
                "#F2C4E1,#4A3AFF", "--json"), err::toString);
        assertTrue(JsonPath.from(out.toString()).getBoolean("success"), out.toString());

        List<Map<String, Object>> sets = SandboxControl.received("POST", "^/chats/" + chat + "/background$");
        assertEquals(2, sets.size());
        assertEquals(Map.of("type", "dynamic", "style", "sky", "variant", "dusk"), sets.get(0).get("body"));
        assertEquals(List.of("#F2C4E1", "#4A3AFF"), ((Map<String, Object>) sets.get(1).get("body")).get("shades"));

        assertEquals(0, run("chats", "background", "remove", "--chat-id", chat), err::toString);
        assertEquals("Background removed from " + chat + " (ok)", out.toString().trim());
        assertEquals(1, SandboxControl.requests("DELETE /v3/chats/{chatId}/background"));
    }

    @Test
    void aBadBackgroundIsRefusedAndNothingIsSent() {
        String chat = SandboxControl.openChat(PERSON);
        int before = SandboxControl.totalRequests();
        assertEquals(CliErrors.INVALID, run("chats", "background", "set", "--chat-id", chat, "--type", "dynamic",
                "--style", "sky", "--variant", "plum"));
        assertTrue(err.toString().startsWith("error: --variant must be one of "), err.toString());
        assertEquals(CliErrors.INVALID, run("chats", "background", "set", "--chat-id", chat, "--type", "color",
                "--shades", "#F2C4E1,blue"));
        assertEquals("error: --shades[1] must be a hex color such as #F2C4E1", err.toString().trim());
        assertEquals(CliErrors.INVALID, run("chats", "background", "set", "--chat-id", chat, "--type", "photo",
                "--image-url", "http://cdn.example.org/a.png"));
        assertTrue(err.toString().startsWith("error: --image-url "), err.toString());
        assertEquals(CliErrors.INVALID, run("chats", "background", "set", "--chat-id", chat));
        assertTrue(err.toString().contains("--type"), err.toString());
        assertEquals(CliErrors.INVALID, run("chats", "background"));
        assertEquals(before, SandboxControl.totalRequests());
    }

    @Test
    void pollShowPrintsTheOptionsAndVotes() {
        String chat = SandboxControl.openChat(PERSON);
        String poll = SandboxControl.linq().body(Map.of("poll", Map.of("options", List.of(Map.of("text", "Tuesday"),
                Map.of("text", "Thursday"))))).post("/chats/" + chat + "/polls").then().statusCode(201)
                .extract().path("message_id");

        assertEquals(0, run("poll", "show", "--message-id", poll), err::toString);
        List<String> lines = out.toString().lines().toList();
        assertEquals("Poll " + poll + ": 0 voters", lines.get(0));
        assertEquals(3, lines.size(), out.toString());
        assertTrue(lines.get(1).endsWith("0 votes  Tuesday"), lines.get(1));
        assertEquals(0, run("poll", "show", "--message-id", poll, "--json"), err::toString);
        JsonPath view = JsonPath.from(out.toString());
        assertEquals(chat, view.getString("chat_id"));
        assertEquals(List.of("Tuesday", "Thursday"), view.getList("options.text"));
        assertEquals(2, SandboxControl.requests("GET /v3/messages/{messageId}/poll"));

        assertEquals(CliErrors.REJECTED, run("poll", "show", "--message-id", "no-such-poll"));
        assertTrue(err.toString().startsWith("error: "), err.toString());
    }

    @Test
    void experiencesAreListedAndShown() {
        assertEquals(0, run("experiences", "list"), err::toString);
        List<String> lines = out.toString().lines().toList();
        assertTrue(lines.get(0).startsWith("EXPERIENCE"), out.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("link ") && l.endsWith("open")), out.toString());

        assertEquals(0, run("experiences", "get", "agentpay"), err::toString);
        String shown = out.toString();
        assertTrue(shown.startsWith("agentpay (Agent Pay)"), shown);
        assertTrue(shown.contains("  request_payment: "), shown);
        assertTrue(shown.contains("    checkout_url  url, required"), shown);
        assertTrue(shown.contains("    note  string, at most 140 characters"), shown);
        assertEquals(0, run("experiences", "get", "link", "--json"), err::toString);
        assertEquals("open", JsonPath.from(out.toString()).getString("actions[0].name"));
        assertEquals(1, SandboxControl.requests("GET /v3/experiences"));
        assertEquals(2, SandboxControl.requests("GET /v3/experiences/{experience}"));

        assertEquals(CliErrors.REJECTED, run("experiences", "get", "nope"));
        assertTrue(err.toString().contains("nope"), err.toString());
        assertEquals(CliErrors.INVALID, run("experiences", "get"));
        assertEquals(CliErrors.INVALID, run("experiences"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void updateCardRedrawsADeliveredCardThroughTheSendPath() {
        String card = SandboxControl.deliveredAppCard(PERSON, "Ride booked");

        assertEquals(0, run("messages", "update-card", "--message-id", card, "--caption", "Driver arriving",
                "--trailing-caption", "9:40", "--url", "https://rides.example.org/r/1/live", "--static",
                "--idempotency-key", "card-cli-1", "--json"), err::toString);
        JsonPath sent = JsonPath.from(out.toString());
        String newId = sent.getString("message_id");
        String localId = sent.getString("local_id");
        assertNotEquals(card, newId);
        assertTrue(sent.getBoolean("success"));

        List<Map<String, Object>> received = SandboxControl.received("POST", "^/messages/" + card + "/update$");
        assertEquals(1, received.size());
        Map<String, Object> body = (Map<String, Object>) received.get(0).get("body");
        assertEquals(Map.of("caption", "Driver arriving", "trailing_caption", "9:40"), body.get("layout"));
        assertEquals("https://rides.example.org/r/1/live", body.get("url"));
        assertEquals(false, body.get("interactive"));
        SandboxControl.linq().get("/messages/" + newId).then().statusCode(200)
                .body("parts[0].layout.caption", org.hamcrest.Matchers.equalTo("Driver arriving"))
                .body("parts[0].app.name", org.hamcrest.Matchers.equalTo("Rides"));
        MessageRecord stored = QuarkusTransaction.requiringNew().call(() -> MessageRecord.findById(localId));
        assertEquals(newId, stored.linqMessageId);

        // A repeat with the key prints the first outcome and sends nothing; another update may not reuse the key.
        assertEquals(0, run("messages", "update-card", "--message-id", card, "--caption", "Driver arriving",
                "--trailing-caption", "9:40", "--url", "https://rides.example.org/r/1/live", "--static",
                "--idempotency-key", "card-cli-1"), err::toString);
        String repeat = out.toString().trim();
        assertTrue(repeat.startsWith("Card updated: " + newId + " ("), repeat);
        assertTrue(repeat.endsWith("gateway id " + localId + " (an earlier send with this idempotency key)"), repeat);
        assertEquals(CliErrors.INVALID, run("messages", "update-card", "--message-id", card, "--caption", "Arrived",
                "--idempotency-key", "card-cli-1"));
        assertTrue(err.toString().contains("Idempotency-Key was already used"), err.toString());
        assertEquals(1, SandboxControl.requests("POST /v3/messages/{messageId}/update"));
    }

    @Test
    void updateCardWithAnExperienceSendsItsAction() {
        String card = SandboxControl.deliveredAppCard(PERSON, "Ride booked");
        assertEquals(0, run("messages", "update-card", "--message-id", card, "--caption", "Open the game",
                "--experience", "link", "--action", "open", "--param", "url=https://example.org/game"), err::toString);
        assertTrue(out.toString().startsWith("Card updated: "), out.toString());
        assertEquals(Map.of("name", "link", "action", "open", "params", Map.of("url", "https://example.org/game")),
                ((Map<?, ?>) SandboxControl.received("POST", "/update$").get(0).get("body")).get("experience"));
    }

    @Test
    void updateCardRefusesBadInputAndAnOptedOutChatAndSendsNothing() {
        String card = SandboxControl.deliveredAppCard(OPTED_OUT, "Ride booked");
        int before = SandboxControl.totalRequests();
        assertEquals(CliErrors.INVALID, run("messages", "update-card", "--message-id", card));
        assertEquals("error: Missing a layout: give at least one of --caption, --subcaption, --trailing-caption, "
                + "--trailing-subcaption or --image-url (see 'linq messages update-card --help')", err.toString().trim());
        assertEquals(CliErrors.INVALID, run("messages", "update-card", "--message-id", card, "--caption", "x",
                "--url", "http://insecure.example.org"));
        assertEquals("error: --url must be a public https URL of at most 2048 characters", err.toString().trim());
        assertEquals(CliErrors.INVALID, run("messages", "update-card", "--message-id", card, "--caption", "x",
                "--image-title", "Map"));
        assertEquals("error: --image-url is required with image_title or image_subtitle", err.toString().trim());
        assertEquals(CliErrors.INVALID, run("messages", "update-card", "--message-id", card, "--caption", "x",
                "--action", "open"));
        assertTrue(err.toString().startsWith("error: --action and --param need --experience"), err.toString());
        assertEquals(before, SandboxControl.totalRequests(), "bad input calls no one");

        SandboxControl.inbound(OPTED_OUT, "STOP");
        poller.poll();
        assertEquals(CliErrors.INVALID, run("messages", "update-card", "--message-id", card, "--caption", "Hi"));
        assertTrue(err.toString().contains("opted"), err.toString());
        assertEquals(0, SandboxControl.requests("POST /v3/messages/{messageId}/update"));
    }

    @Test
    void updateCardIsQueuedWhileLinqProvablyRefusesAndExitsFive() {
        String card = SandboxControl.deliveredAppCard(PERSON, "Ride booked");
        SandboxControl.fault("^/messages/[^/]+/update$").method("POST").status(429).retryAfter(1).times(100000)
                .install();
        assertEquals(CliErrors.QUEUED, run("messages", "update-card", "--message-id", card, "--caption", "Later"));
        assertTrue(out.toString().startsWith("Queued: Linq is unavailable; the gateway stored the message ("),
                out.toString());
    }
}
