package com.caresupport.gateway.api;

import static com.caresupport.gateway.testing.GatewayApi.api;
import static com.caresupport.gateway.testing.SandboxControl.LINE;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.caresupport.gateway.testing.LinqTestSupport;
import com.caresupport.gateway.testing.SandboxControl;
import com.caresupport.gateway.webhook.SigningSecrets;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The chat-administration, thread, attachment, contact-card, webhook-admin, blocklist and experience routes:
 * what they answer, that bad input is a problem naming the field with no Linq call, and that Linq's refusals
 * come back as problems.
 */
@QuarkusTest
class AdministrationRoutesTest extends LinqTestSupport {

    private static final String FAMILY = "+15551230001";

    @Inject
    SigningSecrets secrets;

    @Test
    void groupIsRenamedAndLeft() {
        String group = SandboxControl.openChat(FAMILY, "+15551230002", "+15551230003");
        api().body(Map.of("display_name", "Care team")).put("/api/chats/" + group).then().statusCode(200)
                .body("chat_id", equalTo(group)).body("status", equalTo("accepted"));
        SandboxControl.linq().get("/chats/" + group).then().body("display_name", equalTo("Care team"));
        api().post("/api/chats/" + group + "/leave").then().statusCode(200).body("status", equalTo("accepted"));
    }

    @Test
    void renamingAOneToOneChatIsLinqsRefusal() {
        String chat = SandboxControl.openChat(FAMILY);
        api().body(Map.of("display_name", "Nope")).put("/api/chats/" + chat).then().statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void locationIsFlattenedToLatitudeAndLongitude() {
        String chat = SandboxControl.openChat(FAMILY);
        api().get("/api/chats/" + chat + "/location").then().statusCode(200).body("locations", empty());
        SandboxControl.linq().post("/chats/" + chat + "/location/request").then().statusCode(200);
        api().get("/api/chats/" + chat + "/location").then().statusCode(200)
                .body("locations[0].handle", equalTo(FAMILY))
                .body("locations[0].latitude", equalTo(37.7749f)).body("locations[0].longitude", equalTo(-122.4194f));
    }

    @Test
    void backgroundIsSetAndRemoved() {
        String chat = SandboxControl.openChat(FAMILY);
        api().body(Map.of("type", "dynamic", "style", "aurora", "variant", "pink"))
                .post("/api/chats/" + chat + "/background").then().statusCode(200).body("success", equalTo(true));
        api().delete("/api/chats/" + chat + "/background").then().statusCode(200);
        assertEquals(1, SandboxControl.requests("DELETE /v3/chats/{chatId}/background"));
    }

    @Test
    void threadAndPollAreRead() {
        String chat = SandboxControl.openChat(FAMILY);
        String poll = SandboxControl.linq().body(Map.of("poll", Map.of("options", List.of(Map.of("text", "Tue"),
                Map.of("text", "Fri"))))).post("/chats/" + chat + "/polls").then().statusCode(201).extract()
                .path("message_id");
        api().get("/api/messages/" + poll + "/poll").then().statusCode(200).body("message_id", equalTo(poll))
                .body("options.text", contains("Tue", "Fri")).body("options[0].added_by", equalTo(LINE))
                .body("total_voters", equalTo(0));
        api().queryParam("order", "desc").get("/api/messages/" + poll + "/thread").then().statusCode(200)
                .body("messages.message_id", hasItem(poll));
        String plain = SandboxControl.linq().get("/chats/" + chat + "/messages").then().extract()
                .path("messages.find { it.id != '" + poll + "' }.id");
        api().get("/api/messages/" + plain + "/poll").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void attachmentIsReadAndDeleted() {
        String id = api().body(Map.of("filename", "a.pdf", "content_type", "application/pdf", "size_bytes", 10))
                .post("/api/attachments").then().statusCode(201).extract().path("attachment_id");
        api().get("/api/attachments/" + id).then().statusCode(200).body("attachment_id", equalTo(id))
                .body("status", equalTo("pending")).body("filename", equalTo("a.pdf"));
        api().delete("/api/attachments/" + id).then().statusCode(200);
        api().get("/api/attachments/" + id).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void contactCardIsSetUpReadAndChanged() {
        api().body(Map.of("phone_number", LINE, "first_name", "Care")).post("/api/contact-card").then().statusCode(201)
                .body("contact_cards[0].first_name", equalTo("Care")).body("contact_cards[0].active", equalTo(true));
        api().queryParam("phone_number", LINE).body(Map.of("last_name", "Team")).patch("/api/contact-card").then()
                .statusCode(200).body("contact_cards[0].last_name", equalTo("Team"));
        api().get("/api/contact-card").then().statusCode(200).body("contact_cards", hasSize(1));
        api().queryParam("phone_number", "+15550001111").body(Map.of("last_name", "X")).patch("/api/contact-card")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void handlesAreBlockedListedAndUnblocked() {
        api().body(Map.of("handle", FAMILY, "reason", "asked")).post("/api/blocked-handles").then().statusCode(201)
                .body("blocked_handles[0].handle", equalTo(FAMILY));
        api().get("/api/blocked-handles").then().statusCode(200).body("blocked_handles.handle", contains(FAMILY));
        api().delete("/api/blocked-handles/" + FAMILY).then().statusCode(200);
        api().get("/api/blocked-handles").then().body("blocked_handles", empty());
        api().delete("/api/blocked-handles/" + FAMILY).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void experiencesAndEventTypesAreListed() {
        api().get("/api/experiences").then().statusCode(200).body("experiences.experience", hasItem("agentpay"));
        api().get("/api/experiences/link").then().statusCode(200).body("display_name", equalTo("Link"))
                .body("actions[0].fields.url.required", equalTo(true));
        api().get("/api/experiences/nope").then().statusCode(404).contentType("application/problem+json");
        api().get("/api/webhook-event-types").then().statusCode(200).body("events", hasItem("message.received"))
                .body("doc_url", notNullValue());
    }

    @Test
    void subscriptionIsReadAndUpdatedWithoutASecret() {
        String id = api().body(Map.of("target_url", "https://hooks.example.org/x", "events", List.of("message.sent")))
                .post("/api/webhook-subscriptions").then().statusCode(201).extract().path("subscription_id");
        api().get("/api/webhook-subscriptions/" + id).then().statusCode(200).body("subscription_id", equalTo(id))
                .body("signing_secret", nullValue());
        api().body(Map.of("events", List.of("message.read"), "active", false)).put("/api/webhook-subscriptions/" + id)
                .then().statusCode(200).body("events", contains("message.read")).body("active", equalTo(false))
                .body("signing_secret", nullValue());
    }

    @Test
    void aSubscriptionWhoseSecretLeftCannotBePointedAtTheReceiver() {
        String id = api().body(Map.of("target_url", "https://hooks.example.org/x", "events", List.of("message.sent")))
                .post("/api/webhook-subscriptions").then().statusCode(201).extract().path("subscription_id");
        int before = SandboxControl.totalRequests();
        api().body(Map.of("target_url", ownReceiver())).put("/api/webhook-subscriptions/" + id).then().statusCode(409)
                .contentType("application/problem+json").body("errors.field", hasItem("target_url"));
        assertEquals(before, SandboxControl.totalRequests(), "a refused retarget must not reach Linq");
    }

    @Test
    void aKeptSecretIsTrustedOnlyWhileItsSubscriptionTargetsTheReceiver() {
        List<String> trustedBefore = secrets.all();
        String id = api().body(Map.of("target_url", ownReceiver(), "events", List.of("message.sent")))
                .post("/api/webhook-subscriptions").then().statusCode(201).body("signing_secret", nullValue())
                .extract().path("subscription_id");
        List<String> withOwn = secrets.all();
        assertEquals(trustedBefore.size() + 1, withOwn.size());
        String secret = withOwn.stream().filter(s -> !trustedBefore.contains(s)).findFirst().orElseThrow();

        api().body(Map.of("target_url", "https://elsewhere.example.org/hooks")).put("/api/webhook-subscriptions/" + id)
                .then().statusCode(200).body("signing_secret", nullValue());
        assertFalse(secrets.all().contains(secret), "a subscription moved away must lose the gateway's trust");

        api().body(Map.of("target_url", ownReceiver())).put("/api/webhook-subscriptions/" + id).then().statusCode(200);
        assertTrue(secrets.all().contains(secret), "the gateway alone knows this secret, so it may trust it again");
        api().delete("/api/webhook-subscriptions/" + id).then().statusCode(200);
    }

    private static String ownReceiver() {
        int port = ConfigProvider.getConfig().getOptionalValue("quarkus.http.test-port", Integer.class).orElse(8081);
        return "http://localhost:" + port + "/webhooks/linq";
    }

    static Stream<Arguments> badRequests() {
        return Stream.of(
                Arguments.of("PUT", "/api/chats/c1", "{}", "display_name"),
                Arguments.of("PUT", "/api/chats/c1", "{\"group_chat_icon\":\"http://cdn.example.org/i.png\"}", "group_chat_icon"),
                Arguments.of("PUT", "/api/chats/c1", "{\"display_name\":\"\"}", "display_name"),
                Arguments.of("POST", "/api/chats/c1/background", "{}", "type"),
                Arguments.of("POST", "/api/chats/c1/background", "{\"type\":\"plaid\"}", "type"),
                Arguments.of("POST", "/api/chats/c1/background", "{\"type\":\"photo\"}", "image_url"),
                Arguments.of("POST", "/api/chats/c1/background", "{\"type\":\"color\",\"variant\":\"custom\"}", "shades"),
                Arguments.of("POST", "/api/chats/c1/background", "{\"type\":\"color\",\"shades\":[\"#fff\",\"#F5A623\"]}", "shades[0]"),
                Arguments.of("POST", "/api/chats/c1/background", "{\"type\":\"dynamic\",\"style\":\"water\",\"variant\":\"dusk\"}", "variant"),
                Arguments.of("POST", "/api/contact-card", "{\"first_name\":\"Care\"}", "phone_number"),
                Arguments.of("POST", "/api/contact-card", "{\"phone_number\":\"5555550100\",\"first_name\":\"Care\"}", "phone_number"),
                Arguments.of("POST", "/api/contact-card", "{\"phone_number\":\"+15555550100\"}", "first_name"),
                Arguments.of("POST", "/api/contact-card", "{\"phone_number\":\"+15555550100\",\"first_name\":\"C\",\"image_url\":\"ftp://x\"}", "image_url"),
                Arguments.of("PATCH", "/api/contact-card?phone_number=%2B15555550100", "{}", "first_name"),
                Arguments.of("PATCH", "/api/contact-card?phone_number=555", "{\"first_name\":\"C\"}", "phone_number"),
                Arguments.of("PATCH", "/api/contact-card", "{\"first_name\":\"C\"}", "phone_number"),
                Arguments.of("PUT", "/api/webhook-subscriptions/s1", "{}", "target_url"),
                Arguments.of("PUT", "/api/webhook-subscriptions/s1", "{\"target_url\":\"http://example.org/h\"}", "target_url"),
                Arguments.of("PUT", "/api/webhook-subscriptions/s1", "{\"events\":[\"message.created\"]}", "events[0]"),
                Arguments.of("PUT", "/api/webhook-subscriptions/s1", "{\"events\":[]}", "events"),
                Arguments.of("PUT", "/api/webhook-subscriptions/s1", "{\"phone_numbers\":[\"555\"]}", "phone_numbers[0]"),
                Arguments.of("PUT", "/api/webhook-subscriptions/s1", "{\"active\":true,\"version\":\"2026-02-03\"}", "version"),
                Arguments.of("POST", "/api/blocked-handles", "{}", "handle"),
                Arguments.of("POST", "/api/blocked-handles", "{\"handle\":\"not a handle!\"}", "handle"),
                Arguments.of("DELETE", "/api/blocked-handles/not%20a%20handle%21", null, "handle"),
                Arguments.of("GET", "/api/messages/m1/thread?order=sideways", null, "order"),
                Arguments.of("GET", "/api/messages/m1/thread?limit=0", null, "limit"));
    }

    @ParameterizedTest
    @MethodSource("badRequests")
    void badInputIsAProblemNamingTheFieldAndNeverReachesLinq(String method, String path, String body, String field) {
        int before = SandboxControl.totalRequests();
        var request = api();
        if (body != null) {
            request.body(body);
        }
        request.request(method, path).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(field));
        assertEquals(before, SandboxControl.totalRequests(), "a refused request must not reach Linq");
    }
}
