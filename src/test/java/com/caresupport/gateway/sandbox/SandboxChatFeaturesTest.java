package com.caresupport.gateway.sandbox;

import static com.caresupport.gateway.testing.SandboxControl.LINE;
import static com.caresupport.gateway.testing.SandboxControl.linq;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import com.caresupport.gateway.testing.SandboxControl;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The sandbox's chat-level endpoints beyond messaging: blocklist, polls, location, background, rename, leave. */
@QuarkusTest
class SandboxChatFeaturesTest {

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

    /** Event types the sandbox tried to deliver to a subscription that wants {@code events}. */
    private static void subscribe(String... events) {
        linq().body(Map.of("target_url", "http://127.0.0.1:9/hooks", "subscribed_events", List.of(events)))
                .post("/webhook-subscriptions").then().statusCode(201);
    }

    private static void awaitDelivery(String eventType) {
        Awaitility.await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> given().get("/sandbox/control/deliveries")
                .then().body("deliveries.event_type", hasItem(eventType)));
    }

    @Test
    void aBlockedHandleIsListedAndRefusesSendsUntilUnblocked() {
        String chatId = chat(FAMILY);
        linq().body(Map.of("handle", FAMILY, "reason", "asked to stop")).post("/blocked_handles").then().statusCode(201)
                .body("blocked_handle.handle", equalTo(FAMILY)).body("blocked_handle.reason", equalTo("asked to stop"))
                .body("blocked_handle.blocked_at", notNullValue());
        linq().get("/blocked_handles").then().statusCode(200).body("blocked_handles.handle", contains(FAMILY));
        linq().body(Map.of("message", text("still there?"))).post("/chats/" + chatId + "/messages").then()
                .statusCode(403).body("success", equalTo(false)).body("error.code", equalTo(2026));
        linq().body(Map.of("from", LINE, "to", List.of(FAMILY), "message", text("Hi"))).post("/chats").then()
                .statusCode(403).body("error.code", equalTo(2026));
        linq().body(Map.of("handle", FAMILY)).delete("/blocked_handles").then().statusCode(204);
        linq().get("/blocked_handles").then().body("blocked_handles", empty());
        linq().body(Map.of("message", text("back again"))).post("/chats/" + chatId + "/messages").then().statusCode(200);
    }

    @Test
    void blockingRefusesGarbageAndUnblockingAnUnknownHandleIs404() {
        linq().body(Map.of("reason", "x")).post("/blocked_handles").then().statusCode(400).body("error.code", equalTo(1001));
        linq().body(Map.of("handle", "not a handle!")).post("/blocked_handles").then().statusCode(400)
                .body("error.code", equalTo(1002));
        linq().body(Map.of("handle", "262966")).post("/blocked_handles").then().statusCode(201);
        linq().body(Map.of("handle", "+15550009999")).delete("/blocked_handles").then().statusCode(404)
                .body("error.message", notNullValue());
    }

    @Test
    void aPollCollectsVotesAndOptionsAndReadsBack() {
        subscribe("poll.sent", "poll.vote.added");
        String chatId = chat(FAMILY);
        var poll = linq().body(Map.of("poll", Map.of("options", List.of(Map.of("text", "Tuesday"), Map.of("text", "Friday")))))
                .post("/chats/" + chatId + "/polls").then().statusCode(201)
                .body("chat_id", equalTo(chatId)).body("poll.options", hasSize(2)).body("poll.total_voters", equalTo(0))
                .body("poll.options[0].can_be_edited", equalTo(false))
                .body("poll.options[0].creator_handle.handle", equalTo(LINE))
                .body("reactions", empty()).body("created_at", notNullValue()).body("updated_at", notNullValue())
                .extract().jsonPath();
        String messageId = poll.getString("message_id");
        String friday = poll.getString("poll.options[1].option_id");
        linq().body(Map.of("operation", "add", "option_id", friday)).post("/messages/" + messageId + "/poll/votes")
                .then().statusCode(200).body("poll.total_voters", equalTo(1))
                .body("poll.options[1].voters.handle", contains(LINE));
        linq().body(Map.of("options", List.of(Map.of("text", "Sunday")))).post("/messages/" + messageId + "/poll/options")
                .then().statusCode(200).body("poll.options.text", contains("Tuesday", "Friday", "Sunday"));
        linq().get("/messages/" + messageId + "/poll").then().statusCode(200).body("message_id", equalTo(messageId))
                .body("poll.options", hasSize(3)).body("poll.options[1].voters", hasSize(1))
                .body("poll.total_voters", equalTo(1));
        linq().body(Map.of("operation", "remove", "option_id", friday)).post("/messages/" + messageId + "/poll/votes")
                .then().statusCode(200).body("poll.total_voters", equalTo(0));
        awaitDelivery("poll.sent");
        awaitDelivery("poll.vote.added");
    }

    @Test
    void pollsRefuseBadInputInLinqsEnvelope() {
        String chatId = chat(FAMILY);
        linq().body(Map.of("poll", Map.of("options", List.of(Map.of("text", "only one")))))
                .post("/chats/" + chatId + "/polls").then().statusCode(400).body("error.code", equalTo(1005));
        linq().body(Map.of()).post("/chats/" + chatId + "/polls").then().statusCode(400).body("error.code", equalTo(1001));
        linq().body(Map.of("poll", Map.of("options", List.of(Map.of("text", "a"), Map.of("text", "b")))))
                .post("/chats/nope/polls").then().statusCode(404).body("error.code", equalTo(2001));
        String messageId = linq().body(Map.of("poll", Map.of("options", List.of(Map.of("text", "a"), Map.of("text", "b")))))
                .post("/chats/" + chatId + "/polls").then().statusCode(201).extract().path("message_id");
        linq().body(Map.of("operation", "add", "option_id", "00000000-0000-0000-0000-000000000000"))
                .post("/messages/" + messageId + "/poll/votes").then().statusCode(404);
        linq().body(Map.of("operation", "toggle", "option_id", "x")).post("/messages/" + messageId + "/poll/votes")
                .then().statusCode(400).body("error.code", equalTo(1005));
        linq().body(Map.of("options", List.of(Map.of("text", "a")))).post("/messages/" + messageId + "/poll/options")
                .then().statusCode(409);
        String plain = linq().body(Map.of("message", text("not a poll"))).post("/chats/" + chatId + "/messages")
                .then().statusCode(200).extract().path("message.id");
        linq().get("/messages/" + plain + "/poll").then().statusCode(404).body("error.code", equalTo(2002));
    }

    @Test
    void aLocationRequestMakesTheContactShare() {
        String chatId = chat(FAMILY);
        linq().get("/chats/" + chatId + "/location").then().statusCode(200).body("success", equalTo(true))
                .body("data.type", equalTo("FeatureCollection")).body("data.features", empty());
        linq().post("/chats/" + chatId + "/location/request").then().statusCode(200).body("success", equalTo(true))
                .body("message", notNullValue());
        linq().get("/chats/" + chatId + "/location").then().statusCode(200)
                .body("data.features", hasSize(1)).body("data.features[0].type", equalTo("Feature"))
                .body("data.features[0].geometry.type", equalTo("Point"))
                .body("data.features[0].geometry.coordinates", hasSize(2))
                .body("data.features[0].properties.handle", equalTo(FAMILY));
        String group = chat(FAMILY, "+15551230002");
        linq().post("/chats/" + group + "/location/request").then().statusCode(409).body("success", equalTo(false));
        linq().get("/chats/nope/location").then().statusCode(404).body("error.code", equalTo(2001));
    }

    @Test
    void aBackgroundIsAcceptedValidatedAndAnnounced() {
        subscribe("chat.background_updated");
        String chatId = chat(FAMILY);
        linq().body(Map.of("type", "dynamic", "style", "sky", "variant", "dusk")).post("/chats/" + chatId + "/background")
                .then().statusCode(202);
        linq().body(Map.of("type", "color", "shades", List.of("#F2C4E1", "#F5A623"))).post("/chats/" + chatId + "/background")
                .then().statusCode(202);
        linq().body(Map.of("type", "dynamic", "style", "water", "variant", "dusk")).post("/chats/" + chatId + "/background")
                .then().statusCode(400).body("error.code", equalTo(1005));
        linq().body(Map.of("type", "color", "variant", "custom")).post("/chats/" + chatId + "/background")
                .then().statusCode(400).body("error.message", org.hamcrest.Matchers.containsString("shades"));
        linq().body(Map.of("type", "photo", "image_url", "https://example.org/doc.pdf")).post("/chats/" + chatId + "/background")
                .then().statusCode(400).body("error.code", equalTo(5006));
        linq().body(Map.of("variant", "mango")).post("/chats/" + chatId + "/background").then().statusCode(400)
                .body("error.code", equalTo(1001));
        linq().delete("/chats/" + chatId + "/background").then().statusCode(204);
        awaitDelivery("chat.background_updated");
    }

    @Test
    void aRenamedGroupReadsBackRenamedWithItsIcon() {
        subscribe("chat.group_name_updated");
        String group = chat(FAMILY, "+15551230002");
        linq().body(Map.of("display_name", "Care team", "group_chat_icon", "https://cdn.example.org/icon.png"))
                .put("/chats/" + group).then().statusCode(200).body("status", equalTo("accepted"));
        linq().get("/chats/" + group).then().statusCode(200).body("display_name", equalTo("Care team"))
                .body("group_chat_icon", equalTo("https://cdn.example.org/icon.png"));
        linq().body(Map.of("group_chat_icon", "ftp://x")).put("/chats/" + group).then().statusCode(400);
        awaitDelivery("chat.group_name_updated");
    }

    @Test
    void aLeftChatRefusesFurtherSends() {
        String group = chat(FAMILY, "+15551230002", "+15551230003");
        linq().post("/chats/" + group + "/leave").then().statusCode(200).body("status", equalTo("accepted"));
        linq().body(Map.of("message", text("still here"))).post("/chats/" + group + "/messages").then()
                .statusCode(409).body("error.code", equalTo(1006));
        linq().body(Map.of("poll", Map.of("options", List.of(Map.of("text", "a"), Map.of("text", "b")))))
                .post("/chats/" + group + "/polls").then().statusCode(409);
    }
}
