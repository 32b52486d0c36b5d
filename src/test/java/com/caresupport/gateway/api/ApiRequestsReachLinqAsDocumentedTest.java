package com.caresupport.gateway.api;

import static com.caresupport.gateway.testing.GatewayApi.api;
import static com.caresupport.gateway.testing.SandboxControl.LINE;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.caresupport.gateway.testing.LinqTestSupport;
import com.caresupport.gateway.testing.SandboxControl;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every endpoint of the internal API, through the gateway's real REST client to the sandbox, asserting what
 * Linq received on the wire as well as what the caller got back.
 */
@QuarkusTest
class ApiRequestsReachLinqAsDocumentedTest extends LinqTestSupport {

    private static final String FAMILY = "+15551230001";

    @SuppressWarnings("unchecked")
    private static Map<String, Object> lastBody(String method, String path) {
        List<Map<String, Object>> calls = SandboxControl.received(method, path);
        assertTrue(!calls.isEmpty(), "Linq received no " + method + " " + path);
        return (Map<String, Object>) calls.get(calls.size() - 1).get("body");
    }

    @SuppressWarnings("unchecked")
    private static <T> T at(Map<String, Object> body, String... path) {
        Object node = body;
        for (String key : path) {
            node = node instanceof List<?> list ? list.get(Integer.parseInt(key)) : ((Map<String, Object>) node).get(key);
        }
        return (T) node;
    }

    private static String createChat(Object to) {
        Map<String, Object> body = to instanceof List<?> ? Map.of("to", to, "initial_message", "Hello")
                : Map.of("to_phone", to, "initial_message", "Hello");
        return api().body(body).post("/api/chats").then().statusCode(201).extract().path("chat_id");
    }

    @Test
    void createChatSendsAnArrayRecipientTheTextAndAnIdempotencyKey() {
        api().body(Map.of("to_phone", FAMILY, "initial_message", "Welcome to the care team", "preferred_service", "SMS",
                "effect", Map.of("type", "screen", "name", "confetti")))
                .post("/api/chats").then().statusCode(201)
                .body("success", is(true)).body("chat_id", notNullValue()).body("message_id", notNullValue())
                .body("service", equalTo("SMS"));

        Map<String, Object> sent = lastBody("POST", "^/chats$");
        assertEquals(LINE, sent.get("from"));
        assertEquals(List.of(FAMILY), sent.get("to"));
        assertEquals(Map.of("type", "text", "value", "Welcome to the care team"), at(sent, "message", "parts", "0"));
        assertEquals("SMS", at(sent, "message", "preferred_service"));
        assertEquals(Map.of("type", "screen", "name", "confetti"), at(sent, "message", "effect"));
        assertNotNull(at(sent, "message", "idempotency_key"));
        assertNull(at(sent, "message", "reply_to"), "unset fields are not sent");
    }

    @Test
    void listAndGetChatsPassTheFiltersAndPage() {
        createChat(FAMILY);
        String second = createChat("+15551230002");

        String cursor = api().queryParam("from_phone", LINE).queryParam("limit", 1).get("/api/chats").then()
                .statusCode(200).body("success", is(true)).body("chats", hasSize(1))
                .body("chats[0].chat_id", equalTo(second)).extract().path("next_cursor");
        api().queryParam("limit", 1).queryParam("cursor", cursor).get("/api/chats").then()
                .body("chats", hasSize(1)).body("next_cursor", equalTo(null));
        Map<String, Object> listed = SandboxControl.received("GET", "^/chats$").get(0);
        assertTrue(((String) listed.get("query")).contains("from=%2B15555550100"), "E.164 '+' is encoded: " + listed);

        api().get("/api/chats/{id}", second).then().statusCode(200).body("handles", hasItem("+15551230002"));
        assertEquals(1, SandboxControl.requests("GET /v3/chats/{chatId}"));
    }

    @Test
    void sendCarriesMediaReplyEffectAndKeyInsideTheMessage() {
        String chatId = createChat(FAMILY);
        api().header("Idempotency-Key", "visit-42")
                .body(Map.of("text", "Here is the schedule", "media_url", "https://cdn.example.org/schedule.pdf",
                        "reply_to_message_id", "m-1", "effect", Map.of("type", "bubble", "name", "gentle")))
                .post("/api/chats/{id}/messages", chatId).then().statusCode(201)
                .body("message_id", notNullValue()).body("service", equalTo("iMessage"))
                .body("delivery_status", notNullValue());

        Map<String, Object> sent = lastBody("POST", "^/chats/[^/]+/messages$");
        assertEquals(List.of(Map.of("type", "text", "value", "Here is the schedule"),
                Map.of("type", "media", "url", "https://cdn.example.org/schedule.pdf")), at(sent, "message", "parts"));
        assertEquals("m-1", at(sent, "message", "reply_to", "message_id"));
        assertEquals("visit-42", at(sent, "message", "idempotency_key"));
        assertEquals(Map.of("type", "bubble", "name", "gentle"), at(sent, "message", "effect"));
    }

    @Test
    void messagesTypingReadAndVoiceMemo() {
        String chatId = createChat(FAMILY);
        api().get("/api/chats/{id}/messages", chatId).then().statusCode(200)
                .body("messages[0].direction", equalTo("outbound")).body("messages[0].text", equalTo("Hello"));
        api().post("/api/chats/{id}/typing", chatId).then().statusCode(200).body("success", is(true));
        api().delete("/api/chats/{id}/typing", chatId).then().statusCode(200);
        api().post("/api/chats/{id}/read", chatId).then().statusCode(200);
        api().body(Map.of("voice_memo_url", "https://cdn.example.org/memo.m4a"))
                .post("/api/chats/{id}/voice-memo", chatId).then().statusCode(200).body("voice_memo_id", notNullValue());

        assertEquals(1, SandboxControl.requests("POST /v3/chats/{chatId}/typing"));
        assertEquals(1, SandboxControl.requests("DELETE /v3/chats/{chatId}/typing"));
        assertEquals(1, SandboxControl.requests("POST /v3/chats/{chatId}/read"));
        assertEquals(Map.of("voice_memo_url", "https://cdn.example.org/memo.m4a"),
                lastBody("POST", "/voicememo$"), "V3 takes no sender on voice memos");
        String group = createChat(List.of("+15551230002", "+15551230003"));
        api().post("/api/chats/{id}/typing", group).then().statusCode(403)
                .contentType("application/problem+json").body("type", equalTo("urn:linq-gateway:problem:linq-rejected"));
    }

    @Test
    void contactCardIsRefusedUntilOneExistsWithLinqsCode() {
        String chatId = createChat(FAMILY);
        api().post("/api/chats/{id}/contact-card", chatId).then().statusCode(400).body("linq_code", equalTo(1005));
        SandboxControl.linq().body(Map.of("first_name", "Care", "phone_number", LINE)).post("/contact_card")
                .then().statusCode(200);
        api().post("/api/chats/{id}/contact-card", chatId).then().statusCode(200).body("success", is(true));
        assertEquals(2, SandboxControl.requests("POST /v3/chats/{chatId}/share_contact_card"));
    }

    @Test
    void participantsAreAddedByPostAndRemovedByADeleteWithABody() {
        String group = createChat(List.of("+15551230002", "+15551230003"));
        api().body(Map.of("handle", "+15551230004")).post("/api/chats/{id}/participants", group).then().statusCode(200);
        api().delete("/api/chats/{id}/participants/{handle}", group, "+15551230004").then().statusCode(200);

        assertEquals(Map.of("handle", "+15551230004"), lastBody("POST", "/participants$"));
        assertEquals(Map.of("handle", "+15551230004"), lastBody("DELETE", "/participants$"));
    }

    @Test
    void reactionsAreAddedAndRemovedWithTheSamePost() {
        String chatId = createChat(FAMILY);
        String messageId = api().body(Map.of("text", "Dinner at 6?")).post("/api/chats/{id}/messages", chatId)
                .then().statusCode(201).extract().path("message_id");
        api().body(Map.of("reaction_type", "custom", "custom_emoji", "🎉")).post("/api/messages/{id}/reactions", messageId)
                .then().statusCode(200);
        api().queryParam("custom_emoji", "🎉").delete("/api/messages/{id}/reactions/custom", messageId)
                .then().statusCode(200);

        List<Map<String, Object>> calls = SandboxControl.received("POST", "/reactions$");
        assertEquals(Map.of("operation", "add", "type", "custom", "custom_emoji", "🎉"), calls.get(0).get("body"));
        assertEquals(Map.of("operation", "remove", "type", "custom", "custom_emoji", "🎉"), calls.get(1).get("body"));
        assertEquals(0, SandboxControl.received("DELETE", "/reactions").size());
    }

    @Test
    void getEditAndDeleteAMessage() {
        String inbound = SandboxControl.inbound("+15551230004", "Is the visit still on?").getString("message_id");
        api().get("/api/messages/{id}", inbound).then().statusCode(200)
                .body("direction", equalTo("inbound")).body("text", equalTo("Is the visit still on?"))
                .body("from", equalTo("+15551230004"));

        String chatId = createChat(FAMILY);
        String sent = api().body(Map.of("text", "Visit at 3")).post("/api/chats/{id}/messages", chatId)
                .then().extract().path("message_id");
        api().body(Map.of("text", "Visit at 4")).patch("/api/messages/{id}", sent).then().statusCode(200)
                .body("text", equalTo("Visit at 4"));
        assertEquals(Map.of("text", "Visit at 4"), lastBody("PATCH", "^/messages/"));
        api().delete("/api/messages/{id}", sent).then().statusCode(200);
        assertEquals(1, SandboxControl.requests("DELETE /v3/messages/{messageId}"));
        api().get("/api/messages/{id}", "no-such-message").then().statusCode(404)
                .contentType("application/problem+json").body("linq_code", equalTo(2002));
    }

    @Test
    void attachmentsPhoneNumbersAndCapability() {
        api().body(Map.of("filename", "care-plan.pdf", "content_type", "application/pdf", "size_bytes", 52_000_000))
                .post("/api/attachments").then().statusCode(201).body("attachment_id", notNullValue())
                .body("upload_url", org.hamcrest.Matchers.containsString("/sandbox/uploads/")).body("http_method", equalTo("PUT"));
        assertEquals(Map.of("filename", "care-plan.pdf", "content_type", "application/pdf", "size_bytes", 52_000_000),
                lastBody("POST", "^/attachments$"));

        api().get("/api/phone-numbers").then().statusCode(200).body("success", is(true))
                .body("phone_numbers.phone_number", hasItem(LINE));

        api().body(Map.of("handle", "+15551230005")).post("/api/capability/check").then().statusCode(200)
                .body("handle", equalTo("+15551230005")).body("imessage", is(false)).body("rcs", is(true));
        assertEquals("+15551230005", lastBody("POST", "/check_imessage$").get("address"));
        assertEquals("+15551230005", lastBody("POST", "/check_rcs$").get("address"));
    }

    @Test
    void webhookSubscriptionsUseLinqsNamesOnTheWire() {
        String id = api().body(Map.of("target_url", "https://hooks.example.org/linq", "events",
                List.of("message.received", "message.read"))).post("/api/webhook-subscriptions").then().statusCode(201)
                .body("success", is(true)).body("signing_secret", startsWith("whsec_")).extract().path("subscription_id");
        Map<String, Object> sent = lastBody("POST", "^/webhook-subscriptions$");
        assertEquals("https://hooks.example.org/linq?version=2026-02-03", sent.get("target_url"));
        assertEquals(List.of("message.received", "message.read"), sent.get("subscribed_events"));

        api().get("/api/webhook-subscriptions").then().statusCode(200)
                .body("subscriptions.subscription_id", hasItem(id));
        api().delete("/api/webhook-subscriptions/{id}", id).then().statusCode(200);
        assertEquals(1, SandboxControl.requests("DELETE /v3/webhook-subscriptions/{subscriptionId}"));
    }

    @Test
    void linqsOwnRefusalsComeBackWithTheirCode() {
        api().get("/api/chats/{id}", "no-such-chat").then().statusCode(404)
                .contentType("application/problem+json").body("linq_code", equalTo(2001))
                .body("type", equalTo("urn:linq-gateway:problem:linq-rejected"));
    }
}
