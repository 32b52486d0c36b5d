package com.caresupport.gateway.inbound;

import static com.caresupport.gateway.testing.GatewayApi.api;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.caresupport.gateway.testing.FlakyObserver;
import com.caresupport.gateway.testing.LinqTestSupport;
import com.caresupport.gateway.testing.RecordingObserver;
import com.caresupport.gateway.testing.SandboxControl;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Inbound messages end to end against the sandbox: through its signed webhooks, through the poller, or
 * both, each reaches the application's observers once; opt-out keywords govern later sends.
 */
@QuarkusTest
@Tag("persistence")
class RepliesReachObserversOnceTest extends LinqTestSupport {

    private static final Duration WAIT = Duration.ofSeconds(15);

    @Inject
    RecordingObserver observer;

    @Inject
    FlakyObserver flaky;

    @Inject
    InboundPoller poller;

    private static void subscribeGateway() {
        api().body(Map.of("target_url", "http://localhost:" + RestAssured.port + "/webhooks/linq",
                "events", List.of("message.received", "message.sent", "message.delivered", "message.read",
                        "message.failed")))
                .post("/api/webhook-subscriptions").then().statusCode(201);
    }

    /** The inbound message's handling state ({@code pending}, {@code handled}, {@code failed}), or null. */
    private static String inboundState(String messageId) {
        return api().get("/api/inbound?limit=500").then().statusCode(200).extract()
                .path("messages.find { it.message_id == '" + messageId + "' }.state");
    }

    @Test
    void messageSentThroughTheApiEndsReadThroughTheSandboxsSignedWebhooks() {
        subscribeGateway();
        String localId = api().body(Map.of("to_phone", "+15551230001", "initial_message", "Your visit is confirmed"))
                .post("/api/chats").then().statusCode(201).extract().path("local_id");

        Awaitility.await().atMost(WAIT).until(() -> "read".equals(
                api().get("/api/messages/{id}", localId).then().extract().path("delivery_status")));
        api().get("/api/messages/{id}", localId).then()
                .body("history.findAll { it.source == 'webhook' }.status", equalTo(List.of("sent", "delivered", "read")));
    }

    @Test
    void injectedInboundReachesTheObserverOnceWithWebhooksAndPollingBothOn() {
        subscribeGateway();
        String messageId = SandboxControl.inbound("+15551230004", "Can someone call me back?").getString("message_id");

        Awaitility.await().atMost(WAIT).until(() -> "handled".equals(inboundState(messageId)));
        assertEquals(0, poller.poll(), "the poller finds nothing new");
        // A handled message is never claimed again, so once is final.
        assertEquals(1, observer.incomingFor(messageId));
        api().get("/api/inbound").then().statusCode(200)
                .body("messages.find { it.message_id == '" + messageId + "' }.source", equalTo("webhook"))
                .body("messages.find { it.message_id == '" + messageId + "' }.state", equalTo("handled"));
    }

    @Test
    void pollingAloneDeliversWhenWebhooksAreOffAndNeverTwice() {
        String messageId = SandboxControl.inbound("+15551230014", "Polled in").getString("message_id");

        assertEquals(1, poller.poll());
        Awaitility.await().atMost(WAIT).until(() -> "handled".equals(inboundState(messageId)));
        assertEquals(0, poller.poll(), "an already handled message is not taken in again");
        // A handled message is never claimed again, so once is final.
        assertEquals(1, observer.incomingFor(messageId));
    }

    @Test
    void unknownSenderIsFlaggedAndAKnownOneIsResolvedToTheMember() {
        String memberId = api().body(Map.of("name", "Degitu", "phone", "+15551230024", "role", "daughter"))
                .post("/api/members").then().statusCode(201).extract().path("id");
        JsonPath known = SandboxControl.inbound("+15551230024", "I can drive Tuesday");
        String unknown = SandboxControl.inbound("+15551230034", "Who is this?").getString("message_id");
        poller.poll();

        Awaitility.await().atMost(WAIT).until(() -> observer.incomingFor(known.getString("message_id")) == 1
                && observer.incomingFor(unknown) == 1);
        var fromMember = observer.incoming.stream().filter(m -> m.messageId().equals(known.getString("message_id")))
                .findFirst().orElseThrow();
        assertEquals("Degitu", fromMember.member().name());
        assertTrue(!fromMember.unknownSender());
        var stranger = observer.incoming.stream().filter(m -> m.messageId().equals(unknown)).findFirst().orElseThrow();
        assertTrue(stranger.unknownSender());
        assertNull(stranger.member());
        api().get("/api/members/{id}", memberId).then().body("chat_ids", hasItem(known.getString("chat_id")));
    }

    @Test
    void stopBlocksTheNextSendWithoutCallingLinqAndStartLiftsIt() {
        String handle = "+15551230008";
        String chatId = SandboxControl.inbound(handle, "  stop ").getString("chat_id");
        poller.poll();
        Awaitility.await().atMost(WAIT).until(() -> observer.incoming.stream().anyMatch(m -> handle.equals(m.fromPhone())));

        api().body(Map.of("text", "Reminder: pharmacy at 5")).post("/api/chats/{id}/messages", chatId)
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:linq-gateway:problem:recipient-opted-out"));
        api().body(Map.of("to_phone", handle, "initial_message", "Hello again")).post("/api/chats")
                .then().statusCode(409);
        assertEquals(0, SandboxControl.requests("POST /v3/chats/{chatId}/messages"));
        assertEquals(0, SandboxControl.requests("POST /v3/chats"));

        SandboxControl.inbound(handle, "START");
        poller.poll();
        Awaitility.await().atMost(WAIT).untilAsserted(() ->
                api().body(Map.of("text", "Welcome back")).post("/api/chats/{id}/messages", chatId)
                        .then().statusCode(201));
    }

    @Test
    void failingObserverIsRetriedAloneWhileOthersGetTheMessageOnce() {
        flaky.failures.set(2);
        flaky.handled.set(0);
        String messageId = SandboxControl.inbound("+15551230044", "FLAKY please confirm").getString("message_id");
        poller.poll();

        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> flaky.handled.get() == 1);
        assertEquals(1, observer.incomingFor(messageId), "the healthy observer saw it once");
        // The observer ran before its record is marked handled: wait for the record, not just the observer.
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> api().get("/api/inbound?state=handled")
                .then().body("messages.find { it.message_id == '" + messageId + "' }.attempts", is(3)));
    }
}
