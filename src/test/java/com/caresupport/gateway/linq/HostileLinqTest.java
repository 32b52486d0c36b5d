package com.caresupport.gateway.linq;

import static com.caresupport.gateway.testing.GatewayApi.api;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.caresupport.gateway.testing.LinqTestSupport;
import com.caresupport.gateway.testing.SandboxControl;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A hostile Linq: long {@code Retry-After}, hanging answers, dropped connections, 5xx storms, malformed JSON
 * and rate-limit storms. Whatever Linq does, no caller waits on it much longer than the call budget (5 s),
 * sends are kept and delivered once, and other callers are not stopped.
 */
@QuarkusTest
@Tag("persistence")
class HostileLinqTest extends LinqTestSupport {

    private static final String SEND_PATH = "^/chats/[^/]+/messages$";
    private static final Duration BUDGET = Duration.ofSeconds(5);
    /**
     * Generous room for a slow, shared machine on top of the budget, yet below what it guards against: a caller
     * parked for Linq's 20 s hang (the faults below) or for a Retry-After of minutes.
     */
    private static final Duration ANSWERED_WITHIN = BUDGET.plusSeconds(10);
    private static final Set<String> DELIVERED = Set.of("pending", "sent", "delivered", "read");
    private static final String FAMILY = "+15551230003";

    private String chatId;

    @BeforeEach
    void openChat() {
        chatId = SandboxControl.openChat(FAMILY);
    }

    /** The internal API, giving up after 20 s so that a parked request fails the test instead of hanging it. */
    private static RequestSpecification impatient() {
        return api().config(RestAssuredConfig.config().httpClient(HttpClientConfig.httpClientConfig()
                .setParam("http.socket.timeout", 20_000).setParam("http.connection.timeout", 20_000)));
    }

    private static Response timed(Supplier<Response> call) {
        Instant started = Instant.now();
        Response response = call.get();
        Duration took = Duration.between(started, Instant.now());
        assertTrue(took.compareTo(ANSWERED_WITHIN) < 0, "the gateway held the caller for " + took);
        return response;
    }

    private Response send(String text) {
        return impatient().body(Map.of("text", text)).post("/api/chats/{id}/messages", chatId);
    }

    private static String statusOf(String localId) {
        return api().get("/api/messages/{id}", localId).then().statusCode(200).extract().path("delivery_status");
    }

    private static List<Map<String, Object>> sendsWithKey(Object key) {
        return SandboxControl.received("POST", SEND_PATH).stream().filter(call -> key.equals(idempotencyKey(call)))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private static Object idempotencyKey(Map<String, Object> call) {
        Object body = call.get("body");
        return body instanceof Map<?, ?> map && map.get("message") instanceof Map<?, ?> message
                ? ((Map<String, Object>) message).get("idempotency_key") : null;
    }

    @Test
    void sendRateLimitedForTwoMinutesIsQueuedAtOnceForWhenLinqAskedWhileOthersFlow() {
        SandboxControl.fault(SEND_PATH).method("POST").status(429).retryAfter(120).times(1).install();

        String limited = timed(() -> send("Rate limited for two minutes.")).then().statusCode(202)
                .body("delivery_status", equalTo("queued")).extract().path("local_id");
        Instant answered = Instant.now();

        // Bounded by what happened, not by how fast this machine is: the gateway schedules the next attempt after
        // Linq's 429 arrived and before it answers the caller, 120 s on (1 ms for the database's rounding).
        Instant refused = Instant.parse((String) SandboxControl.received("POST", SEND_PATH).get(0).get("received_at"));
        Instant nextAttempt = Instant.parse(api().get("/api/messages/{id}", limited).then().statusCode(200)
                .extract().path("outbox.next_attempt_at"));
        assertTrue(!nextAttempt.isBefore(refused.plusSeconds(120).minusMillis(1))
                && !nextAttempt.isAfter(answered.plusSeconds(120).plusMillis(1)),
                "next attempt at " + nextAttempt + ", Linq refused at " + refused + " asking for 120 s");

        SandboxControl.fault(SEND_PATH).method("POST").status(503).times(3).install();
        String other = send("Queued behind a 503, delivered by the outbox.").then().statusCode(202)
                .extract().path("local_id");
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> DELIVERED.contains(statusOf(other)));

        assertEquals("queued", statusOf(limited));
        Object key = idempotencyKey(SandboxControl.received("POST", SEND_PATH).get(0));
        assertEquals(1, sendsWithKey(key).size(), "Linq was not asked again before the time it gave");
    }

    @Test
    void reactionRateLimitedForTwoMinutesIs503WithThatRetryAfter() {
        String messageId = send("React to this.").then().statusCode(201).extract().path("message_id");
        SandboxControl.fault("^/messages/[^/]+/reactions$").method("POST").status(429).retryAfter(120).times(1).install();

        timed(() -> impatient().body(Map.of("reaction_type", "love")).post("/api/messages/{id}/reactions", messageId))
                .then().statusCode(503).contentType("application/problem+json")
                .header("Retry-After", equalTo("120"))
                .body("type", equalTo("urn:linq-gateway:problem:linq-unavailable"));
        assertEquals(1, SandboxControl.received("POST", "^/messages/[^/]+/reactions$").size());
    }

    @Test
    void hangingLinqIsGivenUpWithinTheBudget() {
        SandboxControl.fault("^/chats/[^/]+$").method("GET").latencyMillis(20_000).times(5).install();
        timed(() -> impatient().get("/api/chats/{id}", chatId)).then().statusCode(503)
                .contentType("application/problem+json");

        SandboxControl.fault(SEND_PATH).method("POST").latencyMillis(20_000).times(5).install();
        timed(() -> send("Sent while Linq hangs.")).then().statusCode(202).body("delivery_status", equalTo("queued"));
    }

    @Test
    void droppedConnectionsOnASendQueueItAndItIsDeliveredOnce() {
        int created = SandboxControl.counters().getInt("messages_created");
        SandboxControl.fault(SEND_PATH).method("POST").dropConnection().times(4).install();

        String localId = timed(() -> send("Sent over a flaky line.")).then().statusCode(202).extract().path("local_id");

        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> DELIVERED.contains(statusOf(localId)));
        assertEquals(created + 1, SandboxControl.counters().getInt("messages_created"));
        assertEquals(1, SandboxControl.received("POST", SEND_PATH).stream().map(HostileLinqTest::idempotencyKey)
                .distinct().count());
    }

    @Test
    void stormOf5xxOnSendsQueuesThemAndEachIsDeliveredOnce() {
        int created = SandboxControl.counters().getInt("messages_created");
        SandboxControl.fault(SEND_PATH).method("POST").status(500).times(8).install();

        String first = timed(() -> send("First during the storm.")).then().statusCode(202).extract().path("local_id");
        String second = timed(() -> send("Second during the storm.")).then().statusCode(202).extract().path("local_id");

        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> DELIVERED.contains(statusOf(first)) && DELIVERED.contains(statusOf(second)));
        assertEquals(created + 2, SandboxControl.counters().getInt("messages_created"));
    }

    @Test
    void malformedAnswerToASendQueuesItAndItIsRetriedUnderItsKey() {
        SandboxControl.fault(SEND_PATH).method("POST").status(200).body("{\"chat_id\": \"trunc").times(3).install();

        String localId = timed(() -> send("Answered with broken JSON.")).then().statusCode(202)
                .extract().path("local_id");

        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> DELIVERED.contains(statusOf(localId)));
        assertEquals(1, SandboxControl.received("POST", SEND_PATH).stream().map(HostileLinqTest::idempotencyKey)
                .distinct().count());
    }

    @Test
    void malformedAnswerToAReadIsAProblemThatLeaksNoInternals() {
        SandboxControl.fault("^/chats/[^/]+$").method("GET").status(200).body("<html>oops</html>").times(5).install();

        String body = timed(() -> impatient().get("/api/chats/{id}", chatId)).then()
                .statusCode(org.hamcrest.Matchers.oneOf(502, 503)).contentType("application/problem+json")
                .body("detail", not(containsString("Exception"))).body("detail", not(containsString("jackson")))
                .extract().asString();
        assertTrue(!body.contains("\tat ") && !body.contains("com.fasterxml"), body);
    }

    @Test
    void rateLimitStormOnTypingDoesNotStopSends() {
        SandboxControl.fault("/typing$").method("POST").status(429).times(1000).install();
        for (int i = 0; i < 6; i++) {
            timed(() -> impatient().post("/api/chats/{id}/typing", chatId)).then().statusCode(503);
        }

        send("Sent after a typing storm.").then().statusCode(201);
    }
}
