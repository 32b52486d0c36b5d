package com.caresupport.gateway.webhook;

import static com.caresupport.gateway.testing.GatewayApi.api;
import static com.caresupport.gateway.testing.TestSigner.OLD_SECRET;
import static com.caresupport.gateway.testing.TestSigner.SECRET;
import static com.caresupport.gateway.testing.TestSigner.UNKNOWN_SECRET;
import static com.caresupport.gateway.testing.TestSigner.delivery;
import static com.caresupport.gateway.testing.TestSigner.inbound;
import static com.caresupport.gateway.testing.TestSigner.legacy;
import static com.caresupport.gateway.testing.TestSigner.legacyDecodedKey;
import static com.caresupport.gateway.testing.TestSigner.now;
import static com.caresupport.gateway.testing.TestSigner.standard;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.caresupport.gateway.testing.RecordingObserver;
import com.caresupport.gateway.testing.StoredEvents;
import com.caresupport.gateway.testing.TestSigner;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The receiver: who may talk (signatures, freshness, size), and hearing the same delivery twice. */
@QuarkusTest
@Tag("persistence")
class WebhookReceiverTest {

    private static final String UNVERIFIED = "The delivery's signature could not be verified.";

    @Inject
    RecordingObserver observer;

    @Inject
    com.caresupport.gateway.testing.FlakyChatObserver flakyChats;

    private static String id() {
        return "evt_" + UUID.randomUUID();
    }

    private static String body(String eventId) {
        return inbound(eventId, "msg_" + UUID.randomUUID(), "chat-1", "+15551230004", "Running late");
    }

    @Test
    void validStandardWebhookIsStoredAndDispatched() {
        String id = id();
        String body = inbound(id, "msg-" + id, "chat-1", "+15551230004", "On my way");

        TestSigner.post(id, body).then().statusCode(200).body("received", is(true)).body("duplicate", is(false));

        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> observer.inboundFor("msg-" + id) == 1);
        api().get("/api/webhook-events?type=message.received").then().statusCode(200)
                .body("events.find { it.event_id == '" + id + "' }.state", equalTo("processed"));
    }

    @Test
    void validLegacySignatureIsAcceptedUnderBothKeyReadings() {
        String body = body(id());
        String ts = now();
        delivery().header("X-Webhook-Timestamp", ts).header("X-Webhook-Signature", legacy(SECRET, ts, body))
                .body(body).post("/webhooks/linq").then().statusCode(200);
        String other = body(id());
        delivery().header("X-Webhook-Timestamp", ts).header("X-Webhook-Signature", legacyDecodedKey(SECRET, ts, other))
                .body(other).post("/webhooks/linq").then().statusCode(200);
    }

    @Test
    void olderClientHeaderNamesAreAccepted() {
        String body = body(id());
        String ts = now();
        delivery().header("X-Linq-Timestamp", ts).header("X-Linq-Signature", legacy(SECRET, ts, body))
                .body(body).post("/webhooks/linq").then().statusCode(200);
    }

    @Test
    void anyOfSeveralSignaturesInOneHeaderMayMatch() {
        String id = id();
        String body = body(id);
        String ts = now();
        String header = "v1," + standard(UNKNOWN_SECRET, id, ts, body) + " v2,ignored v1," + standard(SECRET, id, ts, body);
        delivery().header("webhook-id", id).header("webhook-timestamp", ts).header("webhook-signature", header)
                .body(body).post("/webhooks/linq").then().statusCode(200);
    }

    @Test
    void theSecretBeingRotatedOutStillVerifies() {
        String id = id();
        String body = body(id);
        String ts = now();
        delivery().header("webhook-id", id).header("webhook-timestamp", ts)
                .header("webhook-signature", "v1," + standard(OLD_SECRET, id, ts, body))
                .body(body).post("/webhooks/linq").then().statusCode(200);
    }

    @Test
    void tamperedBodyWrongSecretAndMissingHeadersAreRefusedAlike() {
        String id = id();
        String body = body(id);
        String ts = now();
        String signature = "v1," + standard(SECRET, id, ts, body);
        refused(delivery().header("webhook-id", id).header("webhook-timestamp", ts).header("webhook-signature", signature)
                .body(body.replace("Running late", "Running early")).post("/webhooks/linq"));
        refused(delivery().header("webhook-id", id).header("webhook-timestamp", ts)
                .header("webhook-signature", "v1," + standard(UNKNOWN_SECRET, id, ts, body)).body(body).post("/webhooks/linq"));
        refused(delivery().header("webhook-id", id).header("webhook-signature", signature).body(body).post("/webhooks/linq"));
        refused(delivery().body(body).post("/webhooks/linq"));
    }

    @Test
    void staleAndFutureTimestampsAreRefused() {
        // Well outside the 300 s tolerance: at ±301 the second that passes between signing and checking
        // can bring a future timestamp back inside it.
        for (long offset : List.of(-360L, 360L)) {
            String id = id();
            String body = body(id);
            String ts = Long.toString(Instant.now().getEpochSecond() + offset);
            refused(delivery().header("webhook-id", id).header("webhook-timestamp", ts)
                    .header("webhook-signature", "v1," + standard(SECRET, id, ts, body)).body(body).post("/webhooks/linq"));
            refused(delivery().header("X-Webhook-Timestamp", ts).header("X-Webhook-Signature", legacy(SECRET, ts, body))
                    .body(body).post("/webhooks/linq"));
        }
    }

    @Test
    void signedBodyThatIsNotJsonIsABadRequest() {
        TestSigner.post(id(), "this is not json").then().statusCode(400)
                .contentType("application/problem+json");
    }

    /**
     * The receiver reads only the envelope's top-level fields, without building a tree: a body broken deeper
     * down, cut short, or not an object at all is still refused whole, and nothing of it is stored.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {
            "[{\"event_type\":\"message.received\"}]", "\"message.received\"", "42", "null", "",
            "{\"event_type\":\"message.received\",\"event_id\":\"EID\",\"data\":{\"parts\":[1,2}}",
            "{\"event_type\":\"message.received\",\"event_id\":\"EID\",\"data\":{\"id\":\"m\"}",
            "{\"event_id\":\"EID\",\"event_type\":\"message.received\",}", "{\"event_id\":\"EID\" \"x\":1}"})
    void signedBodyThatIsNotOneJsonObjectIsRefusedAndNotStored(String template) {
        String id = id();
        TestSigner.post(id, template.replace("EID", id)).then().statusCode(400).contentType("application/problem+json");
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> WebhookEvent.count("webhookId = ?1 or eventId = ?1", id)));
    }

    /** Top-level fields are read as a tree would read them: the last of repeated names, scalars as their text. */
    @Test
    void envelopeFieldsAreReadLikeTheTreeReadThem() {
        String id = id();
        String body = "{\"event_id\":\"first\",\"data\":{\"event_id\":\"nested\",\"event_type\":\"nested\"},"
                + "\"event_type\":\"poll.vote.added\",\"api_version\":3,\"event_id\":\"" + id + "\"}";
        TestSigner.post(id, body).then().statusCode(200).body("duplicate", is(false));
        WebhookEvent stored = QuarkusTransaction.requiringNew().call(() -> WebhookEvent.<WebhookEvent>find("webhookId", id).singleResult());
        assertEquals(id, stored.eventId);
        assertEquals("poll.vote.added", stored.eventType);
        assertEquals("3", stored.apiVersion);
        assertEquals(body, stored.payload);
    }

    @Test
    void oversizeBodyIsRefusedWith413() {
        String body = "{\"pad\":\"" + "x".repeat(1024 * 1024) + "\"}";
        TestSigner.post(id(), body).then().statusCode(413).contentType("application/problem+json");
    }

    @Test
    void onlyPostIsTaken() {
        io.restassured.RestAssured.given().get("/webhooks/linq").then().statusCode(405).header("Allow", "POST")
                .contentType("application/problem+json");
    }

    @Test
    void unknownEventTypeIsAcceptedAndStoredAsItCame() {
        String id = id();
        String body = "{\"event_type\":\"poll.vote.added\",\"event_id\":\"" + id + "\",\"data\":{\"x\":1}}";
        TestSigner.post(id, body).then().statusCode(200);
        String stored = api().get("/api/webhook-events?type=poll.vote.added").then().statusCode(200)
                .extract().path("events.find { it.event_id == '" + id + "' }.id");
        api().get("/api/webhook-events/{id}", stored).then().statusCode(200).body("payload", equalTo(body));
    }

    @Test
    void sameEventTwiceInARowIsProcessedOnce() {
        String id = id();
        String body = inbound(id, "msg-" + id, "chat-2", "+15551230004", "Twice");
        TestSigner.post(id, body).then().statusCode(200).body("duplicate", is(false));
        TestSigner.post(id, body).then().statusCode(200).body("duplicate", is(true));

        StoredEvents.awaitProcessed(id);
        assertEquals(1, observer.inboundFor("msg-" + id), "processed, so handed over once and never again");
    }

    @Test
    void sameEventTwiceConcurrentlyIsStoredAndProcessedOnce() throws Exception {
        String id = id();
        String body = inbound(id, "msg-" + id, "chat-3", "+15551230004", "Concurrently");
        Callable<Boolean> deliver = () -> TestSigner.post(id, body).then().statusCode(200).extract().path("duplicate");
        var pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = pool.invokeAll(List.of(deliver, deliver, deliver, deliver));
            long fresh = 0;
            for (Future<Boolean> result : results) {
                fresh += result.get() ? 0 : 1;
            }
            assertEquals(1, fresh, "exactly one copy is new");
        } finally {
            pool.shutdownNow();
        }
        StoredEvents.awaitProcessed(id);
        assertEquals(1, observer.inboundFor("msg-" + id), "processed, so handed over once and never again");
    }

    @Test
    void processingFailureIsRecordedAndRetriedWithoutTroublingLinq() {
        String id = id();
        String body = "{\"api_version\":\"v3\",\"webhook_version\":\"2026-02-03\",\"event_type\":\"chat.created\","
                + "\"event_id\":\"" + id + "\",\"data\":{\"id\":\"flaky-chat\",\"is_group\":false}}";

        TestSigner.post(id, body).then().statusCode(200);

        Awaitility.await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                api().get("/api/webhook-events?type=chat.created").then()
                        .body("events.find { it.event_id == '" + id + "' }.state", equalTo("processed"))
                        .body("events.find { it.event_id == '" + id + "' }.attempts", equalTo(2)));
        assertEquals(2, flakyChats.calls.get());
    }

    @Test
    void publicVerifierMirrorsTheOlderClientFunction() {
        SignatureVerifier verifier = new SignatureVerifier(() -> List.of(SECRET), Duration.ofMinutes(5),
                java.time.Clock.systemUTC());
        byte[] payload = "{\"a\":1}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        String ts = now();
        org.junit.jupiter.api.Assertions.assertTrue(verifier.verifyWebhookSignature(payload, ts, legacy(SECRET, ts, "{\"a\":1}")));
        org.junit.jupiter.api.Assertions.assertFalse(verifier.verifyWebhookSignature(payload, ts, legacy(UNKNOWN_SECRET, ts, "{\"a\":1}")));
    }

    private static void refused(io.restassured.response.Response response) {
        response.then().statusCode(401).contentType("application/problem+json").body("detail", equalTo(UNVERIFIED));
    }
}
