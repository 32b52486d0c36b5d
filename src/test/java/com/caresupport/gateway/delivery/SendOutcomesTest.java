package com.caresupport.gateway.delivery;

import static com.caresupport.gateway.testing.GatewayApi.api;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.caresupport.gateway.testing.LinqTestSupport;
import com.caresupport.gateway.testing.SandboxControl;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Accept, persist, deliver: what happens to a send when Linq is down, slow to recover, or says no. */
@QuarkusTest
@Tag("persistence")
class SendOutcomesTest extends LinqTestSupport {

    private static final String SEND_PATH = "^/chats/[^/]+/messages$";
    private static final String FAMILY = "+15551230002";
    private static final Set<String> DELIVERED = Set.of("pending", "sent", "delivered", "read");

    private String chatId;

    @BeforeEach
    void openChat() {
        chatId = SandboxControl.openChat(FAMILY);
    }

    private io.restassured.response.ValidatableResponse send(String text) {
        return api().body(Map.of("text", text)).post("/api/chats/{id}/messages", chatId).then();
    }

    private String statusOf(String messageId) {
        return api().get("/api/messages/{id}", messageId).then().statusCode(200).extract().path("delivery_status");
    }

    @Test
    void sendDuringA503BurstIsQueuedThenDeliveredExactlyOnce() {
        int created = SandboxControl.counters().getInt("messages_created");
        // Enough refusals to open the circuit (half of the last 10 calls failed), so the send waits it out too.
        SandboxControl.fault(SEND_PATH).method("POST").status(503).times(12).install();

        String localId = send("Mom's ride is confirmed for 9am.").statusCode(202)
                .body("delivery_status", equalTo("queued")).extract().path("local_id");

        Awaitility.await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
                .until(() -> DELIVERED.contains(statusOf(localId)));
        List<Map<String, Object>> calls = SandboxControl.received("POST", SEND_PATH);
        assertEquals(13, calls.size(), "12 refused attempts and the one that got through");
        assertEquals(1, calls.stream().map(SendOutcomesTest::idempotencyKey).distinct().count());
        assertEquals(created + 1, SandboxControl.counters().getInt("messages_created"));
        api().get("/api/messages/{id}", localId).then()
                .body("history.status", hasItem("queued"))
                .body("outbox.state", equalTo("done"));
    }

    @Test
    void sendWhileTheCircuitIsOpenIsQueuedWithoutCallingLinq() {
        SandboxControl.fault("^/chats$").method("GET").status(503).times(12).install();
        for (int i = 0; i < 4; i++) {
            api().get("/api/chats").then().statusCode(503);
        }

        String localId = send("Queued while Linq is down.").statusCode(202).extract().path("local_id");

        assertEquals(0, SandboxControl.received("POST", SEND_PATH).size());
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> DELIVERED.contains(statusOf(localId)));
        assertEquals(1, SandboxControl.received("POST", SEND_PATH).size());
    }

    @Test
    void messageOlderThanTheMaximumAgeEndsFailedWithTheReason() {
        SandboxControl.fault(SEND_PATH).method("POST").status(503).times(100000).install();
        String localId = send("This one will never make it.").statusCode(202).extract().path("local_id");

        QuarkusTransaction.requiringNew().run(() -> MessageRecord.update("acceptedAt = ?1 where id = ?2",
                Instant.now().minus(25, ChronoUnit.HOURS), localId));

        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> "failed".equals(statusOf(localId)));
        api().get("/api/messages/{id}", localId).then()
                .body("error", containsString("not delivered within"))
                .body("outbox.state", equalTo("failed"));
    }

    @Test
    void permanentRejectionIsNotQueuedAndIsRecordedAsFailed() {
        SandboxControl.fault(SEND_PATH).method("POST").status(400).times(1).install();

        send("Linq refuses this one.").statusCode(400).contentType("application/problem+json");

        api().get("/api/outbox").then().statusCode(200).body("messages.text_preview", not(hasItem("Linq refuses this one.")));
        api().get("/api/outbox?state=failed").then().statusCode(200)
                .body("messages.find { it.text_preview == 'Linq refuses this one.' }.delivery_status", equalTo("failed"));
        assertEquals(1, SandboxControl.received("POST", SEND_PATH).size());
    }

    @Test
    void repeatingAnIdempotencyKeyAnswersWithTheOriginalAndSendsNothingNew() {
        String first = api().header("Idempotency-Key", "visit-reminder-42").body(Map.of("text", "Visit at 3pm"))
                .post("/api/chats/{id}/messages", chatId).then().statusCode(201).extract().path("message_id");

        api().header("Idempotency-Key", "visit-reminder-42").body(Map.of("text", "Visit at 3pm"))
                .post("/api/chats/{id}/messages", chatId).then().statusCode(200)
                .body("message_id", equalTo(first)).body("replayed", is(true));
        api().header("Idempotency-Key", "visit-reminder-42").body(Map.of("text", "Another text"))
                .post("/api/chats/{id}/messages", chatId).then().statusCode(422)
                .body("type", equalTo("urn:linq-gateway:problem:idempotency-key-reused"));

        assertEquals(1, SandboxControl.received("POST", SEND_PATH).size());
    }

    @SuppressWarnings("unchecked")
    static Object idempotencyKey(Map<String, Object> call) {
        return ((Map<String, Object>) ((Map<String, Object>) call.get("body")).get("message")).get("idempotency_key");
    }
}
