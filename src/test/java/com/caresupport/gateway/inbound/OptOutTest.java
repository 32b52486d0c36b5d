package com.caresupport.gateway.inbound;

import static com.caresupport.gateway.testing.GatewayApi.api;
import static com.caresupport.gateway.testing.SandboxControl.LINE;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.caresupport.gateway.testing.LinqTestSupport;
import com.caresupport.gateway.testing.SandboxControl;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
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
 * A recipient who replied STOP is reached by nothing the gateway does: not by a send, a new chat, a voice
 * memo, a contact card or being added to a group, and not through a group the gateway learned about only
 * from Linq. Each refusal is the same 409 problem, and Linq receives nothing that would reach anyone.
 */
@QuarkusTest
@Tag("persistence")
class OptOutTest extends LinqTestSupport {

    private static final String OPTED_OUT = "+15551237701";
    private static final List<String> OTHERS = List.of("+15551237702", "+15551237703");
    private static final String SEND_ROUTE = "POST /v3/chats/{chatId}/messages";
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    InboundPoller poller;

    /** Opt-outs outlive the sandbox's reset; each test starts with the handle allowed again. */
    @BeforeEach
    void optBackIn() {
        QuarkusTransaction.requiringNew().run(() -> HandleOptOut.deleteById(OPTED_OUT));
    }

    /** {@code handle} texts STOP (in its own 1:1 chat unless the gateway already has one) and the gateway takes it in. */
    private void optOut(String handle) {
        SandboxControl.inbound(handle, "STOP");
        poller.poll();
    }

    private static String createChat(Object to) {
        Map<String, Object> body = to instanceof List<?> ? Map.of("to", to, "initial_message", "Hello")
                : Map.of("to_phone", to, "initial_message", "Hello");
        return api().body(body).post("/api/chats").then().statusCode(201).extract().path("chat_id");
    }

    private static ValidatableResponse assertRefused(ValidatableResponse response) {
        return response.statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:linq-gateway:problem:recipient-opted-out"))
                .body("detail", containsString(OPTED_OUT));
    }

    private static ValidatableResponse send(String chatId, String text) {
        return api().body(Map.of("text", text)).post("/api/chats/{id}/messages", chatId).then();
    }

    private static int messagesCreated() {
        return SandboxControl.counters().getInt("messages_created");
    }

    private static void subscribeGateway() {
        api().body(Map.of("target_url", "http://localhost:" + RestAssured.port + "/webhooks/linq",
                "events", List.of("participant.added", "participant.removed")))
                .post("/api/webhook-subscriptions").then().statusCode(201);
    }

    private static int processedEvents(String type) {
        return api().queryParam("type", type).queryParam("state", "processed").get("/api/webhook-events")
                .then().statusCode(200).extract().path("count");
    }

    @Test
    void voiceMemoToAnOptedOutRecipientIsRefused() {
        String chatId = createChat(OPTED_OUT);
        optOut(OPTED_OUT);

        assertRefused(api().body(Map.of("voice_memo_url", "https://cdn.example.org/memo.m4a"))
                .post("/api/chats/{id}/voice-memo", chatId).then());
        assertEquals(0, SandboxControl.requests("POST /v3/chats/{chatId}/voicememo"));
    }

    @Test
    void contactCardToAnOptedOutRecipientIsRefused() {
        SandboxControl.linq().body(Map.of("first_name", "Care", "phone_number", LINE)).post("/contact_card")
                .then().statusCode(200);
        String chatId = createChat(OPTED_OUT);
        optOut(OPTED_OUT);

        assertRefused(api().post("/api/chats/{id}/contact-card", chatId).then());
        assertEquals(0, SandboxControl.requests("POST /v3/chats/{chatId}/share_contact_card"));
    }

    @Test
    void addingAnOptedOutHandleToAGroupIsRefused() {
        String group = createChat(OTHERS);
        optOut(OPTED_OUT);

        assertRefused(api().body(Map.of("handle", OPTED_OUT)).post("/api/chats/{id}/participants", group).then());
        assertEquals(0, SandboxControl.requests("POST /v3/chats/{chatId}/participants"));
    }

    @Test
    void creatingAChatWithAnOptedOutRecipientIsRefused() {
        optOut(OPTED_OUT);

        assertRefused(api().body(Map.of("to", List.of(OTHERS.get(0), OPTED_OUT), "initial_message", "Hello all"))
                .post("/api/chats").then());
        assertEquals(0, SandboxControl.requests("POST /v3/chats"));
    }

    @Test
    void sendToAGroupOpenedOnLinqsSideIsRefusedWhenItHoldsAnOptedOutMember() {
        optOut(OPTED_OUT);
        String group = SandboxControl.openChat(OTHERS.get(0), OPTED_OUT);
        int created = messagesCreated();

        assertRefused(send(group, "Family meeting at 6"));
        assertEquals(0, SandboxControl.requests(SEND_ROUTE));
        assertEquals(created, messagesCreated());
    }

    @Test
    void sendToAGroupIsRefusedOnceLinqAnnouncesAnOptedOutMemberJoined() {
        subscribeGateway();
        String group = createChat(OTHERS);
        optOut(OPTED_OUT);
        int announced = processedEvents("participant.added");

        SandboxControl.linq().body(Map.of("handle", OPTED_OUT)).post("/chats/{id}/participants", group)
                .then().statusCode(200);
        Awaitility.await().atMost(WAIT).until(() -> processedEvents("participant.added") > announced);

        int created = messagesCreated();
        assertRefused(send(group, "Family meeting at 6"));
        assertEquals(created, messagesCreated());
    }

    @Test
    void aMemberTheGatewayRemovedNoLongerBlocksTheGroupAndLinqIsAskedAgain() {
        List<String> members = List.of(OTHERS.get(0), OTHERS.get(1), OPTED_OUT);
        String group = createChat(members);
        optOut(OPTED_OUT);
        assertRefused(send(group, "Family meeting at 6"));

        api().delete("/api/chats/{id}/participants/{handle}", group, OPTED_OUT).then().statusCode(200);
        int asked = SandboxControl.requests("GET /v3/chats/{chatId}");
        int created = messagesCreated();

        send(group, "Family meeting at 6").statusCode(201);
        assertTrue(SandboxControl.requests("GET /v3/chats/{chatId}") > asked, "the list is re-read after a removal");
        assertEquals(created + 1, messagesCreated());
    }

    @Test
    void messageQueuedBeforeStopIsNotDeliveredAfterIt() {
        String group = SandboxControl.openChat(OTHERS.get(0), OPTED_OUT);
        SandboxControl.fault("^/chats/[^/]+/messages$").method("POST").status(503).times(100000).install();
        String localId = send(group, "Family meeting at 6").statusCode(202).extract().path("local_id");
        int created = messagesCreated();

        optOut(OPTED_OUT);
        given().delete("/sandbox/control/faults").then().statusCode(204);

        Awaitility.await().atMost(WAIT).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                api().get("/api/messages/{id}", localId).then().statusCode(200)
                        .body("delivery_status", equalTo("failed"))
                        .body("error", containsString("opted out")));
        assertEquals(created, messagesCreated());
    }

    @Test
    void whenLinqCannotSayWhoIsInAChatTheSendIsQueuedAndAVoiceMemoRefused() {
        String group = SandboxControl.openChat(OTHERS.get(0), OTHERS.get(1));
        int created = messagesCreated();
        SandboxControl.fault("^/chats/[^/]+$").method("GET").status(503).times(100000).install();

        String localId = send(group, "Family meeting at 6").statusCode(202)
                .body("delivery_status", equalTo("queued")).extract().path("local_id");
        api().body(Map.of("voice_memo_url", "https://cdn.example.org/memo.m4a"))
                .post("/api/chats/{id}/voice-memo", group).then().statusCode(503)
                .body("type", equalTo("urn:linq-gateway:problem:linq-unavailable"));
        assertEquals(0, SandboxControl.requests(SEND_ROUTE));
        assertEquals(0, SandboxControl.requests("POST /v3/chats/{chatId}/voicememo"));

        given().delete("/sandbox/control/faults").then().statusCode(204);
        Awaitility.await("delivered once Linq said who is in the chat").atMost(WAIT).pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> api().get("/api/messages/{id}", localId).then().body("outbox.state", equalTo("done")));
        assertEquals(created + 1, messagesCreated());
    }
}
