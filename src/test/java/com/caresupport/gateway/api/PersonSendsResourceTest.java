package com.caresupport.gateway.api;

import static com.caresupport.gateway.testing.GatewayApi.api;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.caresupport.gateway.inbound.HandleOptOut;
import com.caresupport.gateway.inbound.InboundPoller;
import com.caresupport.gateway.testing.LinqTestSupport;
import com.caresupport.gateway.testing.SandboxControl;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Direct sends, polls, votes, location requests and card updates through the one send path: stored and
 * visible in {@code GET /api/messages/{id}}, refused for an opted-out recipient and for bad input with no Linq
 * call, deduplicated by Idempotency-Key, and queued then delivered once when Linq is out of reach; the kinds
 * Linq cannot deduplicate are not repeated after a failure that leaves Linq's action in doubt.
 */
@QuarkusTest
@Tag("persistence")
class PersonSendsResourceTest extends LinqTestSupport {

    private static final String PERSON = "+15551239901";
    private static final String OPTED_OUT = "+15551239902";
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    InboundPoller poller;

    @BeforeEach
    void optBackIn() {
        QuarkusTransaction.requiringNew().run(() -> HandleOptOut.deleteById(OPTED_OUT));
    }

    private void optOut(String handle) {
        SandboxControl.inbound(handle, "STOP");
        poller.poll();
    }

    private static ValidatableResponse assertBadField(ValidatableResponse response, String field) {
        return response.statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(field));
    }

    private static ValidatableResponse assertOptedOut(ValidatableResponse response) {
        return response.statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:linq-gateway:problem:recipient-opted-out"));
    }

    private static String pollIn(String chatId) {
        return api().body(Map.of("options", List.of("Tuesday", "Thursday"))).post("/api/chats/{id}/polls", chatId)
                .then().statusCode(201).body("delivery_status", equalTo("sent")).extract().path("message_id");
    }

    @Test
    void sendsDirectlyAndAnswersARepeatWithTheOriginal() {
        String localId = api().header("Idempotency-Key", "direct-api-1")
                .body(Map.of("to", List.of(PERSON), "text", "Your ride is booked: https://rides.example.org/r/1"))
                .post("/api/messages").then().statusCode(201).body("chat_id", notNullValue())
                .extract().path("local_id");
        api().header("Idempotency-Key", "direct-api-1")
                .body(Map.of("to", List.of(PERSON), "text", "Your ride is booked: https://rides.example.org/r/1"))
                .post("/api/messages").then().statusCode(200).body("replayed", equalTo(true))
                .body("local_id", equalTo(localId));

        assertEquals(1, SandboxControl.requests("POST /v3/messages"));
        api().get("/api/messages/{id}", localId).then().statusCode(200)
                .body("text_preview", containsString("Your ride is booked"));
    }

    @Test
    void badInputNamesTheFieldAndCallsNoOne() {
        assertBadField(api().body(Map.of("to", List.of("0155"), "text", "Hi")).post("/api/messages").then(), "to[0]");
        assertBadField(api().body(Map.of("to", List.of(PERSON))).post("/api/messages").then(), "text");
        assertBadField(api().body(Map.of("options", List.of("Only one"))).post("/api/chats/chat-1/polls").then(),
                "options");
        assertBadField(api().body(Map.of("options", List.of("Fine", " "))).post("/api/chats/chat-1/polls").then(),
                "options[1]");
        assertBadField(api().body(Map.of("operation", "toggle", "option_id", "o-1"))
                .post("/api/messages/m-1/poll/votes").then(), "operation");
        assertBadField(api().body(Map.of("options", List.of())).post("/api/messages/m-1/poll/options").then(),
                "options");
        assertBadField(api().body(Map.of("url", "https://rides.example.org")).post("/api/messages/m-1/update").then(),
                "layout");
        assertBadField(api().body(Map.of("layout", Map.of("caption", "Ride"), "url", "http://insecure.example.org"))
                .post("/api/messages/m-1/update").then(), "url");

        assertEquals(0, SandboxControl.totalRequests());
    }

    @Test
    void anOptedOutRecipientIsReachedByNone() {
        String chatId = SandboxControl.openChat(OPTED_OUT);
        String pollId = pollIn(chatId);
        optOut(OPTED_OUT);
        int created = SandboxControl.counters().getInt("messages_created");

        assertOptedOut(api().body(Map.of("to", List.of(PERSON, OPTED_OUT), "text", "Hello all"))
                .post("/api/messages").then());
        assertOptedOut(api().body(Map.of("options", List.of("A", "B"))).post("/api/chats/{id}/polls", chatId).then());
        assertOptedOut(api().post("/api/chats/{id}/location/request", chatId).then());
        assertOptedOut(api().body(Map.of("options", List.of("Saturday")))
                .post("/api/messages/{id}/poll/options", pollId).then());
        assertOptedOut(api().body(Map.of("operation", "add", "option_id", "any"))
                .post("/api/messages/{id}/poll/votes", pollId).then());

        assertEquals(0, SandboxControl.requests("POST /v3/messages"));
        assertEquals(1, SandboxControl.requests("POST /v3/chats/{chatId}/polls"));
        assertEquals(0, SandboxControl.requests("POST /v3/chats/{chatId}/location/request"));
        assertEquals(0, SandboxControl.requests("POST /v3/messages/{messageId}/poll/options"));
        assertEquals(0, SandboxControl.requests("POST /v3/messages/{messageId}/poll/votes"));
        assertEquals(created, SandboxControl.counters().getInt("messages_created"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aDeliveredAppCardIsUpdatedOnceAndStored() {
        String cardId = SandboxControl.deliveredAppCard(PERSON, "Ride booked");
        Map<String, Object> update = Map.of("layout", Map.of("caption", "Driver arriving", "subcaption", "Blue Civic"),
                "url", "https://rides.example.org/r/1/live", "interactive", false);

        String localId = api().header("Idempotency-Key", "card-api-1").body(update)
                .post("/api/messages/{id}/update", cardId).then().statusCode(201).body("success", equalTo(true))
                .body("message_id", org.hamcrest.Matchers.not(equalTo(cardId))).extract().path("local_id");
        String newId = api().header("Idempotency-Key", "card-api-1").body(update)
                .post("/api/messages/{id}/update", cardId).then().statusCode(200).body("replayed", equalTo(true))
                .body("local_id", equalTo(localId)).extract().path("message_id");

        List<Map<String, Object>> received = SandboxControl.received("POST", "^/messages/" + cardId + "/update$");
        assertEquals(1, received.size(), "a repeat with the same key is answered by the gateway");
        Map<String, Object> body = (Map<String, Object>) received.get(0).get("body");
        assertEquals(Map.of("caption", "Driver arriving", "subcaption", "Blue Civic"), body.get("layout"));
        assertEquals("https://rides.example.org/r/1/live", body.get("url"));
        assertEquals(false, body.get("interactive"));
        SandboxControl.linq().get("/messages/" + newId).then().statusCode(200)
                .body("parts[0].layout.caption", equalTo("Driver arriving"))
                .body("parts[0].app.name", equalTo("Rides"));
        api().get("/api/messages/{id}", localId).then().statusCode(200).body("linq_message_id", equalTo(newId))
                .body("text_preview", equalTo("Driver arriving"));
    }

    @Test
    void anAppCardInAChatWithAnOptedOutMemberIsNotUpdated() {
        String cardId = SandboxControl.deliveredAppCard(OPTED_OUT, "Ride booked");
        optOut(OPTED_OUT);

        assertOptedOut(api().body(Map.of("layout", Map.of("caption", "Driver arriving")))
                .post("/api/messages/{id}/update", cardId).then());

        assertEquals(0, SandboxControl.requests("POST /v3/messages/{messageId}/update"));
    }

    @Test
    void pollOptionsAndVotesReachThePollAndAreStored() {
        String chatId = SandboxControl.openChat(PERSON);
        String pollId = pollIn(chatId);

        String optionsId = api().body(Map.of("options", List.of("Friday")))
                .post("/api/messages/{id}/poll/options", pollId).then().statusCode(201)
                .body("chat_id", equalTo(chatId)).extract().path("local_id");
        String optionId = api().get("/api/messages/{id}/poll", pollId).then().statusCode(200)
                .extract().path("options.find { it.text == 'Friday' }.option_id");
        api().body(Map.of("operation", "add", "option_id", optionId)).post("/api/messages/{id}/poll/votes", pollId)
                .then().statusCode(201);

        api().get("/api/messages/{id}", optionsId).then().statusCode(200).body("delivery_status", equalTo("sent"))
                .body("text_preview", equalTo("Friday"));
        assertEquals(1, SandboxControl.requests("POST /v3/messages/{messageId}/poll/votes"));
    }

    @Test
    void aDirectSendIsQueuedWhileLinqFailsAndDeliveredOnce() {
        SandboxControl.fault("^/messages$").method("POST").status(503).times(100000).install();
        String localId = api().body(Map.of("to", List.of(PERSON), "text", "Appointment moved to 3pm"))
                .post("/api/messages").then().statusCode(202).body("delivery_status", equalTo("queued"))
                .extract().path("local_id");

        given().delete("/sandbox/control/faults").then().statusCode(204);
        Awaitility.await().atMost(WAIT).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                api().get("/api/messages/{id}", localId).then().statusCode(200)
                        .body("linq_message_id", notNullValue()));
        assertEquals(1, SandboxControl.counters().getInt("messages_created"));
    }

    @Test
    void aLocationRequestLinqProvablyRefusedIsQueuedAndDeliveredOnce() {
        String chatId = SandboxControl.openChat(PERSON);
        SandboxControl.fault("^/chats/[^/]+/location/request$").method("POST").status(429).retryAfter(1)
                .times(100000).install();
        String localId = api().post("/api/chats/{id}/location/request", chatId).then().statusCode(202)
                .body("delivery_status", equalTo("queued")).extract().path("local_id");

        given().delete("/sandbox/control/faults").then().statusCode(204);
        int before = SandboxControl.requests("POST /v3/chats/{chatId}/location/request");
        Awaitility.await().atMost(WAIT).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                api().get("/api/messages/{id}", localId).then().statusCode(200)
                        .body("delivery_status", equalTo("sent")));
        assertEquals(before + 1, SandboxControl.requests("POST /v3/chats/{chatId}/location/request"));
    }

    @Test
    void aVoteWhoseFateIsUnknownIsRecordedFailedNotRepeated() {
        String chatId = SandboxControl.openChat(PERSON);
        String pollId = pollIn(chatId);
        SandboxControl.fault("^/messages/[^/]+/poll/votes$").method("POST").status(503).times(100000).install();

        String localId = api().body(Map.of("operation", "add", "option_id", "any"))
                .post("/api/messages/{id}/poll/votes", pollId).then().statusCode(200)
                .body("success", equalTo(false)).body("delivery_status", equalTo("failed"))
                .extract().path("local_id");

        assertEquals(1, SandboxControl.requests("POST /v3/messages/{messageId}/poll/votes"));
        api().get("/api/messages/{id}", localId).then().statusCode(200)
                .body("error", containsString("not repeated"));
    }
}
