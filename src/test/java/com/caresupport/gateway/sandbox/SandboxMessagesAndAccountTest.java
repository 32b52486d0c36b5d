package com.caresupport.gateway.sandbox;

import static com.caresupport.gateway.testing.SandboxControl.LINE;
import static com.caresupport.gateway.testing.SandboxControl.linq;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.caresupport.gateway.testing.SandboxControl;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Message-centric sends, app cards, experiences, attachment deletion, lines and the webhook event list. */
@QuarkusTest
class SandboxMessagesAndAccountTest {

    private static final String FAMILY = "+15551230001";

    @BeforeEach
    void reset() {
        SandboxControl.reset();
    }

    private static Map<String, Object> text(String value) {
        return Map.of("parts", List.of(Map.of("type", "text", "value", value)));
    }

    @Test
    void sendingToRecipientsCreatesTheChatOnceThenReusesIt() {
        String chatId = linq().body(Map.of("to", List.of(FAMILY), "message", text("see https://example.org")))
                .post("/messages").then().statusCode(202).body("created_new_chat", equalTo(true))
                .body("from", equalTo(LINE)).body("from_selection.reason", equalTo("new_best_number"))
                .body("from_selection.reused_existing_chat", equalTo(false)).body("is_group", equalTo(false))
                .body("handles", hasSize(2)).body("message.id", notNullValue()).body("service", equalTo("iMessage"))
                .body("previous_chat_id", nullValue()).extract().path("chat_id");
        linq().body(Map.of("to", List.of(FAMILY), "message", text("again"))).post("/messages").then().statusCode(202)
                .body("chat_id", equalTo(chatId)).body("created_new_chat", equalTo(false))
                .body("from_selection.reason", equalTo("reused_active_chat"));
        linq().get("/chats/" + chatId + "/messages").then().body("messages", hasSize(2));
    }

    @Test
    void sendingToRecipientsRefusesBadInputAndBlockedHandles() {
        linq().body(Map.of("message", text("hi"))).post("/messages").then().statusCode(400).body("error.code", equalTo(1001));
        linq().body(Map.of("to", List.of("5551230001"), "message", text("hi"))).post("/messages").then().statusCode(400)
                .body("error.code", equalTo(1002));
        linq().body(Map.of("to", List.of(FAMILY), "message", text("hi"), "exclude_from", List.of(LINE, "+15555550101")))
                .post("/messages").then().statusCode(400).body("error.code", equalTo(1005));
        linq().body(Map.of("handle", FAMILY)).post("/blocked_handles").then().statusCode(201);
        linq().body(Map.of("to", List.of(FAMILY), "message", text("hi"))).post("/messages").then().statusCode(403)
                .body("error.code", equalTo(2026));
    }

    @Test
    void aDeliveredAppCardIsUpdatedAsANewMessage() {
        String chatId = linq().body(Map.of("to", List.of(FAMILY), "message", Map.of("experience", Map.of("name", "link",
                "action", "open", "params", Map.of("url", "https://example.org/game", "caption", "Your move")))))
                .post("/messages").then().statusCode(202).body("message.parts[0].type", equalTo("imessage_app"))
                .extract().path("chat_id");
        String cardId = linq().get("/chats/" + chatId + "/messages").then().extract().path("messages[0].id");
        Awaitility.await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> linq().get("/messages/" + cardId).then()
                .body("delivered_at", notNullValue()));
        linq().body(Map.of("layout", Map.of("caption", "Board after move 2"), "interactive", false))
                .post("/messages/" + cardId + "/update").then().statusCode(200).body("chat_id", equalTo(chatId))
                .body("message.id", org.hamcrest.Matchers.not(equalTo(cardId)))
                .body("message.parts[0].layout.caption", equalTo("Board after move 2"))
                .body("message.parts[0].interactive", equalTo(false));
        linq().body(Map.of("layout", Map.of("image_title", "no image"))).post("/messages/" + cardId + "/update").then()
                .statusCode(400).body("error.code", equalTo(1005));
        linq().body(Map.of()).post("/messages/" + cardId + "/update").then().statusCode(400).body("error.code", equalTo(1001));
        String plain = linq().body(Map.of("message", text("plain"))).post("/chats/" + chatId + "/messages").then()
                .extract().path("message.id");
        linq().body(Map.of("layout", Map.of("caption", "x"))).post("/messages/" + plain + "/update").then().statusCode(400);
    }

    @Test
    void anImessageAppCardIsHeldAsLinqHoldsItAndKeepsItsAppWhenUpdated() {
        Map<String, Object> app = Map.of("bundle_id", "org.example.Game.MessagesExtension", "name", "Game",
                "team_id", "A1B2C3D4E5");
        Map<String, Object> card = Map.of("type", "imessage_app", "app", app, "layout", Map.of("caption", "Your move"),
                "url", "data:application/json;base64,e30=");
        String chatId = linq().body(Map.of("to", List.of(FAMILY), "message", Map.of("parts", List.of(card))))
                .post("/messages").then().statusCode(202).body("message.parts[0].type", equalTo("imessage_app"))
                .extract().path("chat_id");
        String cardId = linq().get("/chats/" + chatId + "/messages").then()
                .body("messages[0].parts[0].app.team_id", equalTo("A1B2C3D4E5"))
                .body("messages[0].parts[0].fallback_text", equalTo("Your move"))
                .body("messages[0].parts[0].interactive", equalTo(true)).extract().path("messages[0].id");
        Awaitility.await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> linq().get("/messages/" + cardId).then()
                .body("delivered_at", notNullValue()));
        linq().body(Map.of("layout", Map.of("caption", "Board after move 2"))).post("/messages/" + cardId + "/update")
                .then().statusCode(200).body("message.parts[0].layout.caption", equalTo("Board after move 2"))
                .body("message.parts[0].app.bundle_id", equalTo("org.example.Game.MessagesExtension"))
                .body("message.parts[0].url", equalTo("data:application/json;base64,e30="));
    }

    @Test
    void anImessageAppCardIsRefusedAsLinqRefusesIt() {
        Map<String, Object> app = Map.of("bundle_id", "org.example.Game", "name", "Game", "team_id", "A1B2C3D4E5");
        Map<String, Object> card = Map.of("type", "imessage_app", "app", app, "layout", Map.of("caption", "Go"));
        linq().body(Map.of("to", List.of(FAMILY), "message", Map.of("parts", List.of(card, Map.of("type", "text",
                "value", "and text"))))).post("/messages").then().statusCode(400).body("error.code", equalTo(1004));
        linq().body(Map.of("to", List.of(FAMILY), "message", Map.of("parts", List.of(Map.of("type", "imessage_app",
                "layout", Map.of("caption", "Go")))))).post("/messages").then().statusCode(400)
                .body("error.code", equalTo(1001));
        linq().body(Map.of("to", List.of(FAMILY), "message", Map.of("parts", List.of(Map.of("type", "imessage_app",
                "app", Map.of("bundle_id", "a:b", "name", "Game", "team_id", "a1b2c3d4e5"), "layout",
                Map.of("caption", "Go")))))).post("/messages").then().statusCode(400).body("error.code", equalTo(1005));
        linq().body(Map.of("to", List.of(FAMILY), "message", Map.of("parts", List.of(Map.of("type", "imessage_app",
                "app", app, "layout", Map.of("image_title", "No image")))))).post("/messages").then().statusCode(400)
                .body("error.code", equalTo(1005));
        // A number ending in 8 reaches SMS only: an app card never falls back.
        linq().body(Map.of("to", List.of("+15551230008"), "message", Map.of("parts", List.of(card)))).post("/messages")
                .then().statusCode(400).body("error.code", equalTo(2018));
        assertEquals(0, SandboxControl.counters().getInt("messages_created"));
    }

    @Test
    void experiencesAreListedAndCheckedBeforeSending() {
        linq().get("/experiences").then().statusCode(200).body("experiences.experience", hasItems("agentpay", "agentcard", "link"));
        linq().get("/experiences/agentpay").then().statusCode(200).body("experience", equalTo("agentpay"))
                .body("display_name", notNullValue()).body("actions[0].name", equalTo("request_payment"))
                .body("actions[0].fields.checkout_url.required", equalTo(true))
                .body("actions[0].fields.checkout_url.type", equalTo("url"));
        linq().get("/experiences/nope").then().statusCode(404).body("success", equalTo(false));
        linq().body(Map.of("to", List.of(FAMILY), "message", Map.of("experience", Map.of("name", "link", "action", "open",
                "params", Map.of("url", "https://example.org", "colour", "red"))))).post("/messages").then()
                .statusCode(400).body("error.message", org.hamcrest.Matchers.containsString("colour"));
    }

    @Test
    void aDeletedAttachmentIsGone() {
        String id = linq().body(Map.of("filename", "a.png", "content_type", "image/png", "size_bytes", 10))
                .post("/attachments").then().statusCode(200).extract().path("attachment_id");
        linq().delete("/attachments/" + id).then().statusCode(204);
        linq().get("/attachments/" + id).then().statusCode(404).body("error.code", equalTo(2003));
        linq().delete("/attachments/" + id).then().statusCode(404).body("error.code", equalTo(2003));
        linq().delete("/attachments/not-a-uuid").then().statusCode(400).body("error.code", equalTo(1005));
    }

    @Test
    void aLinesForwardingNumberIsSetReadAndCleared() {
        linq().body(Map.of("forwarding_number", "+15557654321")).put("/phone_numbers/line-1").then().statusCode(200)
                .body("id", equalTo("line-1")).body("phone_number", equalTo(LINE))
                .body("forwarding_number", equalTo("+15557654321"));
        linq().get("/phone_numbers").then().body("phone_numbers[0].forwarding_number", equalTo("+15557654321"));
        linq().body(Map.of("forwarding_number", "")).put("/phone_numbers/line-1").then().statusCode(200)
                .body("forwarding_number", nullValue());
        linq().body(Map.of("forwarding_number", "555")).put("/phone_numbers/line-1").then().statusCode(400)
                .body("error.code", equalTo(1002));
        linq().body(Map.of()).put("/phone_numbers/line-1").then().statusCode(400).body("error.code", equalTo(1001));
        linq().body(Map.of("forwarding_number", "+15557654321")).put("/phone_numbers/line-9").then().statusCode(404);
    }

    @Test
    void aReputationAuditRunsOneAtATimeThenCoolsDown() {
        String line = "%2B15555550100";
        String audit = linq().urlEncodingEnabled(false).post("/phone_numbers/" + line + "/reputation_audit").then()
                .statusCode(202).body("status", equalTo("pending")).extract().path("audit_id");
        linq().urlEncodingEnabled(false).post("/phone_numbers/" + line + "/reputation_audit").then().statusCode(409);
        linq().urlEncodingEnabled(false).get("/phone_numbers/" + line + "/reputation_audit/" + audit).then()
                .statusCode(200).body("audit_id", equalTo(audit)).body("status", equalTo("complete"))
                .body("phone", equalTo(LINE)).body("report.severity", equalTo("HEALTHY"))
                .body("report.action_items", hasSize(1)).body("generated_at", notNullValue());
        linq().urlEncodingEnabled(false).post("/phone_numbers/" + line + "/reputation_audit").then().statusCode(429)
                .header("Retry-After", notNullValue()).body("error.code", equalTo(1007));
        linq().urlEncodingEnabled(false).get("/phone_numbers/%2B15555550101/reputation_audit/" + audit).then()
                .statusCode(404);
        linq().urlEncodingEnabled(false).post("/phone_numbers/%2B15550000000/reputation_audit").then().statusCode(404);
    }

    @Test
    void theAvailableNumberIsStickyToAnExistingChat() {
        String chatLine = linq().body(Map.of("to", List.of(FAMILY), "message", text("hi"))).post("/messages").then()
                .statusCode(202).extract().path("from");
        for (int i = 0; i < 3; i++) {
            linq().queryParam("to", FAMILY).get("/available_number").then().statusCode(200)
                    .body("phone_number", equalTo(chatLine)).body("vcf_url", startsWith("https://"));
        }
        linq().queryParam("exclude_from", LINE).get("/available_number").then().statusCode(200)
                .body("phone_number", equalTo("+15555550101"));
        linq().queryParam("exclude_from", "4155551234").get("/available_number").then().statusCode(400)
                .body("error.code", equalTo(1002));
    }

    @Test
    void theWebhookEventListHasTheNewerEventTypes() {
        linq().get("/webhook-events").then().statusCode(200)
                .body("events", hasItems("poll.vote.added", "chat.background_updated", "payment.canceled",
                        "connection.revoked", "message.sent"))
                .body("events", hasItem("payment.authorized"));
    }
}
