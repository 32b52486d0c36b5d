package com.caresupport.gateway.sandbox;

import static com.caresupport.gateway.testing.SandboxControl.LINE;
import static com.caresupport.gateway.testing.SandboxControl.linq;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.caresupport.gateway.testing.SandboxControl;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The sandbox's Linq surface, called directly as Linq's own API: success paths and Linq's documented errors. */
@QuarkusTest
class SandboxLinqApiTest {

    private static final String FAMILY = "+15551230001";

    @BeforeEach
    void reset() {
        SandboxControl.reset();
    }

    private static Map<String, Object> text(String value) {
        return Map.of("parts", List.of(Map.of("type", "text", "value", value)));
    }

    private static String chat(String... to) {
        return linq().body(Map.of("from", LINE, "to", List.of(to), "message", text("Hello")))
                .post("/chats").then().statusCode(201).extract().path("chat.id");
    }

    @Test
    void everyCallNeedsTheConfiguredBearerToken() {
        given().basePath("/sandbox/linq/api/partner/v3").get("/chats").then().statusCode(401)
                .header("X-Trace-ID", matchesPattern("[0-9a-f]{32}"))
                .body("success", equalTo(false)).body("error.code", equalTo(2004));
        given().basePath("/sandbox/linq/api/partner/v3").auth().oauth2("wrong").get("/chats").then().statusCode(401);
    }

    @Test
    void createChatAnswersInLinqsShape() {
        linq().body(Map.of("from", LINE, "to", List.of(FAMILY), "message", text("Welcome")))
                .post("/chats").then().statusCode(201)
                .body("chat.id", notNullValue()).body("chat.is_group", equalTo(false))
                .body("chat.handles", hasSize(2)).body("chat.service", equalTo("iMessage"))
                .body("chat.message.delivery_status", equalTo("queued")).body("chat.message.sent_at", nullValue())
                .body("chat.message.parts[0].value", equalTo("Welcome"))
                .body("chat.health_status.status", equalTo("HEALTHY"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "phone not E.164            | {\"from\":\"+15555550100\",\"to\":[\"5551230001\"],\"message\":{\"parts\":[{\"type\":\"text\",\"value\":\"hi\"}]}} | 1002",
            "missing parts              | {\"from\":\"+15555550100\",\"to\":[\"+15551230001\"],\"message\":{}}                                              | 1001",
            "link in the first message  | {\"from\":\"+15555550100\",\"to\":[\"+15551230001\"],\"message\":{\"parts\":[{\"type\":\"text\",\"value\":\"see https://x.org\"}]}} | 1005",
            "unknown effect             | {\"from\":\"+15555550100\",\"to\":[\"+15551230001\"],\"message\":{\"parts\":[{\"type\":\"text\",\"value\":\"hi\"}],\"effect\":{\"type\":\"screen\",\"name\":\"glitter\"}}} | 1005",
            "adjacent text parts        | {\"from\":\"+15555550100\",\"to\":[\"+15551230001\"],\"message\":{\"parts\":[{\"type\":\"text\",\"value\":\"a\"},{\"type\":\"text\",\"value\":\"b\"}]}} | 1004",
            "body is not JSON           | {not json                                                                                                         | 1003" })
    void invalidChatCreationIsRefusedWithLinqsCode(String name, String body, int code) {
        linq().body(body).post("/chats").then().statusCode(400)
                .body("success", equalTo(false)).body("error.status", equalTo(400)).body("error.code", equalTo(code))
                .body("trace_id", matchesPattern("[0-9a-f]{32}"));
        assertEquals(0, SandboxControl.counters().getInt("messages_created"));
    }

    @Test
    void unknownIdsAre404WithTheirCodes() {
        linq().get("/chats/nope").then().statusCode(404).body("error.code", equalTo(2001));
        linq().get("/messages/nope").then().statusCode(404).body("error.code", equalTo(2002));
        linq().get("/attachments/nope").then().statusCode(404).body("error.code", equalTo(2003));
    }

    @Test
    void repeatedIdempotencyKeyReturnsTheOriginalAndSendsNothing() {
        String chatId = chat(FAMILY);
        Map<String, Object> body = Map.of("message", Map.of("parts", List.of(Map.of("type", "text", "value", "Once")),
                "idempotency_key", "reminder-7"));
        String first = linq().body(body).post("/chats/{id}/messages", chatId).then().statusCode(200)
                .extract().path("message.id");
        linq().body(body).post("/chats/{id}/messages", chatId).then().statusCode(200).body("message.id", equalTo(first));

        var counters = SandboxControl.counters();
        assertEquals(2, counters.getInt("messages_created"), "the chat's first message and this one");
        assertEquals(1, counters.getInt("idempotency_repeats"));
        assertEquals(2, counters.getInt("idempotency_keys.'reminder-7'"));
    }

    @ParameterizedTest(name = "{0} preferring {1} gets {2}")
    @CsvSource({ "+15551230000,,iMessage", "+15551230004,SMS,SMS", "+15551230004,RCS,RCS", "+15551230005,,RCS",
            "+15551230007,iMessage,RCS", "+15551230008,,SMS", "+15551230009,RCS,SMS", "pat@example.org,,iMessage" })
    void serviceFollowsTheDocumentedRule(String recipient, String preferred, String expected) {
        Map<String, Object> message = preferred == null ? text("Hi")
                : Map.of("parts", List.of(Map.of("type", "text", "value", "Hi")), "preferred_service", preferred);
        linq().body(Map.of("from", LINE, "to", List.of(recipient), "message", message)).post("/chats")
                .then().statusCode(201).body("chat.message.service", equalTo(expected));
        linq().body(Map.of("address", recipient)).post("/capability/check_imessage").then().statusCode(200)
                .body("available", equalTo(recipient.contains("@") || recipient.charAt(recipient.length() - 1) <= '4'));
    }

    @Test
    void groupChatUsesTheServiceEveryMemberSupports() {
        linq().body(Map.of("from", LINE, "to", List.of("+15551230001", "+15551230006"), "message", text("Hi all")))
                .post("/chats").then().statusCode(201).body("chat.service", equalTo("RCS")).body("chat.is_group", equalTo(true));
    }

    @Test
    void outboundMessagesProgressToReadOverIMessageAndStopAtDeliveredOverSms() {
        String imessage = linq().body(Map.of("from", LINE, "to", List.of(FAMILY), "message", text("Hi")))
                .post("/chats").then().extract().path("chat.message.id");
        String sms = linq().body(Map.of("from", LINE, "to", List.of("+15551230008"), "message", text("Hi")))
                .post("/chats").then().extract().path("chat.message.id");
        String failing = linq().body(Map.of("from", LINE, "to", List.of("+15551230099"), "message", text("Hi")))
                .post("/chats").then().extract().path("chat.message.id");

        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            linq().get("/messages/{id}", imessage).then().body("delivery_status", equalTo("read"))
                    .body("read_at", notNullValue()).body("is_from_me", equalTo(true));
            linq().get("/messages/{id}", sms).then().body("delivery_status", equalTo("delivered"));
            linq().get("/messages/{id}", failing).then().body("delivery_status", equalTo("failed"));
        });
        // The sandbox runs every message's steps on one timer in the order they fall due, so once an iMessage
        // sent after the SMS has been read, a read of the SMS would already have happened.
        String later = linq().body(Map.of("from", LINE, "to", List.of(FAMILY), "message", text("Later")))
                .post("/chats").then().extract().path("chat.message.id");
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                linq().get("/messages/{id}", later).then().body("delivery_status", equalTo("read")));
        linq().get("/messages/{id}", sms).then().body("delivery_status", equalTo("delivered"));
    }

    @Test
    void chatMessagesPageWithAnOpaqueCursorThatEndsNull() {
        String chatId = chat(FAMILY);
        for (int i = 0; i < 2; i++) {
            linq().body(Map.of("message", text("n" + i))).post("/chats/{id}/messages", chatId).then().statusCode(200);
        }
        String cursor = linq().queryParam("limit", 2).get("/chats/{id}/messages", chatId).then().statusCode(200)
                .body("messages", hasSize(2)).body("messages[0].parts[0].value", equalTo("n1"))
                .extract().path("next_cursor");
        linq().queryParam("limit", 2).queryParam("cursor", cursor).get("/chats/{id}/messages", chatId).then()
                .body("messages", hasSize(1)).body("next_cursor", nullValue());
        linq().queryParam("limit", 101).get("/chats").then().statusCode(400).body("error.code", equalTo(1005));
    }

    @Test
    void typingReadAndParticipantsFollowLinqsRules() {
        String direct = chat(FAMILY);
        String group = chat("+15551230001", "+15551230002");
        linq().post("/chats/{id}/typing", direct).then().statusCode(204);
        linq().delete("/chats/{id}/typing", direct).then().statusCode(204);
        linq().post("/chats/{id}/typing", group).then().statusCode(403);
        linq().post("/chats/{id}/read", direct).then().statusCode(204);
        linq().body(Map.of("handle", "+15551230003")).post("/chats/{id}/participants", direct).then().statusCode(400);
        linq().body(Map.of("handle", "+15551230003")).post("/chats/{id}/participants", group).then().statusCode(200);
        linq().body(Map.of("handle", "+15551230003")).delete("/chats/{id}/participants", group).then().statusCode(200);
        linq().body(Map.of("handle", "+15551230002")).delete("/chats/{id}/participants", group).then().statusCode(400);
        linq().body(Map.of("display_name", "Family")).put("/chats/{id}", direct).then().statusCode(409)
                .body("error.code", equalTo(1006));
    }

    @Test
    void reactionsEditsAndDeletesActOnMessages() {
        String chatId = chat(FAMILY);
        String id = linq().body(Map.of("message", text("Pick up at 8"))).post("/chats/{id}/messages", chatId)
                .then().extract().path("message.id");
        linq().body(Map.of("operation", "add", "type", "love")).post("/messages/{id}/reactions", id).then().statusCode(200);
        linq().get("/messages/{id}", id).then().body("parts[0].reactions[0].type", equalTo("love"));
        linq().body(Map.of("operation", "remove", "type", "love")).post("/messages/{id}/reactions", id).then().statusCode(200);
        linq().get("/messages/{id}", id).then().body("parts[0].reactions", nullValue());
        linq().body(Map.of("operation", "add", "type", "custom")).post("/messages/{id}/reactions", id).then().statusCode(400);
        linq().body(Map.of("text", "Pick up at 9")).patch("/messages/{id}", id).then().statusCode(200)
                .body("parts[0].value", equalTo("Pick up at 9"));
        for (int i = 0; i < 4; i++) {
            linq().body(Map.of("text", "edit " + i)).patch("/messages/{id}", id).then().statusCode(200);
        }
        linq().body(Map.of("text", "sixth")).patch("/messages/{id}", id).then().statusCode(409);
        linq().delete("/messages/{id}", id).then().statusCode(204);
        linq().get("/messages/{id}", id).then().statusCode(404);
    }

    @Test
    void voiceMemoContactCardAttachmentsAndLines() {
        String chatId = chat(FAMILY);
        linq().body(Map.of("voice_memo_url", "https://cdn.example.org/memo.m4a")).post("/chats/{id}/voicememo", chatId)
                .then().statusCode(200).body("voice_memo.id", notNullValue()).body("voice_memo.to[0]", equalTo(FAMILY));
        linq().body(Map.of()).post("/chats/{id}/voicememo", chatId).then().statusCode(400);
        linq().post("/chats/{id}/share_contact_card", chatId).then().statusCode(400);
        linq().body(Map.of("first_name", "Care", "phone_number", LINE)).post("/contact_card").then().statusCode(200);
        linq().post("/chats/{id}/share_contact_card", chatId).then().statusCode(204);
        String attachment = linq().body(Map.of("filename", "scan.pdf", "content_type", "application/pdf", "size_bytes", 2048))
                .post("/attachments").then().statusCode(200).body("http_method", equalTo("PUT"))
                .body("upload_url", org.hamcrest.Matchers.containsString("/sandbox/uploads/"))
                .body("required_headers.'Content-Type'", equalTo("application/pdf")).extract().path("attachment_id");
        linq().get("/attachments/{id}", attachment).then().statusCode(200).body("size_bytes", equalTo(2048))
                .body("status", equalTo("pending"));
        given().body(new byte[2047]).put("/sandbox/uploads/{id}", attachment).then().statusCode(400);
        given().body(new byte[2048]).put("/sandbox/uploads/{id}", attachment).then().statusCode(200);
        linq().get("/attachments/{id}", attachment).then().body("status", equalTo("complete"));
        linq().body(Map.of("filename", "big.mp4", "content_type", "video/mp4", "size_bytes", 104857601L))
                .post("/attachments").then().statusCode(413);
        linq().get("/phone_numbers").then().statusCode(200).body("phone_numbers[0].phone_number", equalTo(LINE))
                .body("phone_numbers[0].reputation.status", equalTo("HEALTHY"));
        linq().get("/webhook-events").then().statusCode(200).body("events", hasSize(45));
    }

    @Test
    void threadsGroupsContactCardsAndTheDeprecatedLineList() {
        String chatId = chat(FAMILY);
        String root = linq().body(Map.of("message", text("Question?"))).post("/chats/{id}/messages", chatId)
                .then().extract().path("message.id");
        linq().body(Map.of("message", Map.of("parts", List.of(Map.of("type", "text", "value", "Answer")),
                "reply_to", Map.of("message_id", root)))).post("/chats/{id}/messages", chatId).then().statusCode(200)
                .body("message.reply_to.message_id", equalTo(root));
        linq().get("/messages/{id}/thread", root).then().statusCode(200).body("messages", hasSize(2))
                .body("messages[0].id", equalTo(root)).body("next_cursor", nullValue());
        linq().queryParam("order", "desc").get("/messages/{id}/thread", root).then()
                .body("messages[1].id", equalTo(root));

        String group = chat("+15551230001", "+15551230002", "+15551230003");
        linq().body(Map.of("display_name", "Mom's care team")).put("/chats/{id}", group).then().statusCode(200);
        linq().get("/chats/{id}", group).then().body("display_name", equalTo("Mom's care team"));
        linq().post("/chats/{id}/leave", group).then().statusCode(200);
        linq().body(Map.of("message", text("Still here?"))).post("/chats/{id}/messages", group).then().statusCode(409);
        linq().post("/chats/{id}/leave", chatId).then().statusCode(400);

        linq().body(Map.of("first_name", "Care", "phone_number", LINE)).post("/contact_card").then().statusCode(200);
        linq().queryParam("phone_number", LINE).body(Map.of("last_name", "Team")).patch("/contact_card")
                .then().statusCode(200).body("last_name", equalTo("Team")).body("first_name", equalTo("Care"));
        linq().get("/contact_card").then().body("contact_cards", hasSize(1));
        linq().get("/phonenumbers").then().statusCode(200).body("phone_numbers[0].capabilities.sms", equalTo(true));
    }

    @Test
    void subscriptionsCanBePausedAndThenReceiveNothing() {
        String id = linq().body(Map.of("target_url", "https://hooks.example.org/paused",
                "subscribed_events", List.of("message.received"))).post("/webhook-subscriptions").then().statusCode(201)
                .extract().path("id");
        linq().body(Map.of("is_active", false)).put("/webhook-subscriptions/{id}", id).then().statusCode(200)
                .body("is_active", equalTo(false));
        SandboxControl.inbound("+15551230004", "Anyone?");
        Awaitility.await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2)).untilAsserted(() ->
                assertEquals(0, SandboxControl.counters().getInt("webhook_deliveries.attempted")));
    }

    @Test
    void webhookSubscriptionsShowTheSecretOnlyOnCreation() {
        String id = linq().body(Map.of("target_url", "https://hooks.example.org/linq?version=2026-02-03",
                "subscribed_events", List.of("message.received"))).post("/webhook-subscriptions").then().statusCode(201)
                .body("signing_secret", matchesPattern("whsec_[A-Za-z0-9+/=]+")).extract().path("id");
        linq().get("/webhook-subscriptions/{id}", id).then().statusCode(200).body("signing_secret", nullValue())
                .body("is_active", equalTo(true));
        linq().body(Map.of("target_url", "https://hooks.example.org/linq?version=2026-02-03",
                "subscribed_events", List.of("message.received"))).post("/webhook-subscriptions").then().statusCode(409);
        linq().body(Map.of("target_url", "https://hooks.example.org/other", "subscribed_events", List.of("message.created")))
                .post("/webhook-subscriptions").then().statusCode(400);
        linq().get("/webhook-subscriptions").then().body("subscriptions", hasSize(1));
        linq().delete("/webhook-subscriptions/{id}", id).then().statusCode(204);
        linq().get("/webhook-subscriptions/{id}", id).then().statusCode(404);
    }
}
