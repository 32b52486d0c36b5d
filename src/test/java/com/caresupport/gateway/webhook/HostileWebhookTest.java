package com.caresupport.gateway.webhook;

import static com.caresupport.gateway.testing.GatewayApi.api;
import static com.caresupport.gateway.testing.SandboxControl.someHandle;
import static com.caresupport.gateway.testing.TestSigner.SECRET;
import static com.caresupport.gateway.testing.TestSigner.UNKNOWN_SECRET;
import static com.caresupport.gateway.testing.TestSigner.delivery;
import static com.caresupport.gateway.testing.TestSigner.inbound;
import static com.caresupport.gateway.testing.TestSigner.now;
import static com.caresupport.gateway.testing.TestSigner.standard;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.caresupport.gateway.testing.LinqTestSupport;
import com.caresupport.gateway.testing.RecordingObserver;
import com.caresupport.gateway.testing.SandboxControl;
import com.caresupport.gateway.testing.StoredEvents;
import com.caresupport.gateway.testing.TestSigner;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Deliveries from someone who is not Linq, or Linq's own replayed: forged with another subscription's secret
 * or a wrong one, replayed, re-signed, oversize, unsigned. Each is refused (or recognised as a repeat)
 * without acting on it, and a refusal costs neither a full body read nor a database query.
 */
@QuarkusTest
@Tag("persistence")
class HostileWebhookTest extends LinqTestSupport {

    private static final String UNVERIFIED = "The delivery's signature could not be verified.";
    private static final Duration WAIT = Duration.ofSeconds(15);

    @Inject
    RecordingObserver observer;

    @Inject
    SessionFactory sessions;

    @Inject
    SigningSecrets secrets;

    private static String id() {
        return "evt_" + UUID.randomUUID();
    }

    private static String signedBy(String secret, String id, String timestamp, String body) {
        return "v1," + standard(secret, id, timestamp, body);
    }

    /** Whether a new chat with {@code handle} is refused because they opted out. */
    private static int newChatStatus(String handle) {
        return api().body(Map.of("to_phone", handle, "initial_message", "Checking in from the care team."))
                .post("/api/chats").then().extract().statusCode();
    }

    @Test
    void optInForgedWithTheSecretOfAnApiCallersSubscriptionIsRefused() {
        String handle = someHandle();
        String stop = id();
        TestSigner.post(stop, inbound(stop, "msg-" + stop, "chat-forged", handle, "STOP")).then().statusCode(200);
        Awaitility.await().atMost(WAIT).until(() -> newChatStatus(handle) == 409);

        String foreignSecret = api().body(Map.of("target_url", "https://hooks.example.org/elsewhere",
                "events", List.of("message.received"))).post("/api/webhook-subscriptions").then().statusCode(201)
                .body("signing_secret", startsWith("whsec_")).extract().path("signing_secret");
        String start = id();
        String forged = inbound(start, "msg-" + start, "chat-forged", handle, "START");
        String ts = now();
        refused(delivery().header("webhook-id", start).header("webhook-timestamp", ts)
                .header("webhook-signature", signedBy(foreignSecret, start, ts, forged)).body(forged)
                .post("/webhooks/linq"));

        // Refused before it was stored, so nothing can process the forged START later.
        assertNull(StoredEvents.stateOf(start), "a refused delivery is not stored");
        assertEquals(409, newChatStatus(handle));
    }

    @Test
    void subscriptionToTheGatewaysOwnReceiverKeepsItsSecretAndItsDeliveriesVerify() {
        String id = api().body(Map.of("target_url", "http://localhost:" + RestAssured.port + "/webhooks/linq",
                "events", List.of("message.received"))).post("/api/webhook-subscriptions").then().statusCode(201)
                .body("signing_secret", nullValue()).extract().path("subscription_id");

        String messageId = SandboxControl.inbound(someHandle(), "Is the visit still on?").getString("message_id");

        Awaitility.await().atMost(WAIT).until(() -> observer.incomingFor(messageId) == 1);
        RestAssured.given().get("/sandbox/control/deliveries").then().statusCode(200)
                .body("deliveries.findAll { it.subscription_id == '" + id + "' }.status", hasItem(200));
        api().delete("/api/webhook-subscriptions/{id}", id).then().statusCode(200);
    }

    @Test
    void secretKeptByAnotherInstanceVerifiesAfterTheRefreshAndOnlyForTheOwnReceiver() {
        String own = "whsec_" + java.util.Base64.getEncoder().encodeToString(("own-" + UUID.randomUUID()).getBytes());
        String foreign = "whsec_" + java.util.Base64.getEncoder().encodeToString(("far-" + UUID.randomUUID()).getBytes());
        String legacy = "whsec_" + java.util.Base64.getEncoder().encodeToString(("old-" + UUID.randomUUID()).getBytes());
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> {
            keep(own, "http://localhost:" + RestAssured.port + "/webhooks/linq?version=2026-02-03");
            keep(foreign, "https://hooks.example.org/linq?version=2026-02-03");
            keep(legacy, null);
        });

        secrets.refresh();

        assertEquals(200, signedDelivery(own));
        assertEquals(401, signedDelivery(foreign));
        assertEquals(401, signedDelivery(legacy));
    }

    private static void keep(String secret, String targetUrl) {
        StoredSigningSecret stored = new StoredSigningSecret();
        stored.subscriptionId = "sub-" + UUID.randomUUID();
        stored.secret = secret;
        stored.targetUrl = targetUrl;
        stored.createdAt = Instant.now();
        stored.persist();
    }

    private static int signedDelivery(String secret) {
        String id = id();
        String body = inbound(id, "msg-" + id, "chat-kept", someHandle(), "Hello");
        String ts = now();
        return delivery().header("webhook-id", id).header("webhook-timestamp", ts)
                .header("webhook-signature", signedBy(secret, id, ts, body)).body(body).post("/webhooks/linq")
                .then().extract().statusCode();
    }

    @Test
    void deliverySignedWithAnUnknownSecretIsRefused() {
        String id = id();
        String body = inbound(id, "msg-" + id, "chat-unknown", someHandle(), "START");
        String ts = now();
        refused(delivery().header("webhook-id", id).header("webhook-timestamp", ts)
                .header("webhook-signature", signedBy(UNKNOWN_SECRET, id, ts, body)).body(body).post("/webhooks/linq"));
    }

    @Test
    void replayedDeliveryIsAcknowledgedAsADuplicateAndNotProcessedAgain() {
        String id = id();
        String body = inbound(id, "msg-" + id, "chat-replay", someHandle(), "See you Monday");
        String ts = now();
        String signature = signedBy(SECRET, id, ts, body);
        for (boolean duplicate : List.of(false, true, true)) {
            delivery().header("webhook-id", id).header("webhook-timestamp", ts).header("webhook-signature", signature)
                    .body(body).post("/webhooks/linq").then().statusCode(200).body("duplicate", is(duplicate));
        }
        StoredEvents.awaitProcessed(id);
        assertEquals(1, observer.inboundFor("msg-" + id), "processed, so handed over once and never again");
    }

    @Test
    void capturedDeliveryReplayedAfterTheFreshnessWindowIsRefused() {
        String id = id();
        String body = inbound(id, "msg-" + id, "chat-stale", someHandle(), "START");
        String captured = Long.toString(Instant.now().minusSeconds(400).getEpochSecond());
        refused(delivery().header("webhook-id", id).header("webhook-timestamp", captured)
                .header("webhook-signature", signedBy(SECRET, id, captured, body)).body(body).post("/webhooks/linq"));
    }

    @Test
    void capturedSignatureOnAChangedBodyIsRefused() {
        String id = id();
        String handle = someHandle();
        String original = inbound(id, "msg-" + id, "chat-resigned", handle, "Thanks");
        String ts = now();
        String signature = signedBy(SECRET, id, ts, original);
        String changed = original.replace("\"Thanks\"", "\"START\"");

        refused(delivery().header("webhook-id", id).header("webhook-timestamp", ts).header("webhook-signature", signature)
                .body(changed).post("/webhooks/linq"));
        delivery().header("webhook-id", id).header("webhook-timestamp", ts).header("webhook-signature", signature)
                .body(original).post("/webhooks/linq").then().statusCode(200).body("duplicate", is(false));
    }

    @Test
    void oversizeDeclaredLengthIsRefusedBeforeTheBodyIsSent() throws IOException {
        String id = id();
        String ts = now();
        RawAnswer answer = headersOnly(5_000_000, Map.of("webhook-id", id, "webhook-timestamp", ts,
                "webhook-signature", "v1,c2lnbmF0dXJl"));
        assertEquals(413, answer.status(), answer.head());
        assertTrue(answer.head().toLowerCase().contains("application/problem+json"), answer.head());
    }

    @Test
    void unsignedRequestIsRefusedBeforeTheBodyIsSent() throws IOException {
        RawAnswer answer = headersOnly(512, Map.of());
        assertEquals(401, answer.status(), answer.head());
        assertTrue(answer.head().toLowerCase().contains("application/problem+json"), answer.head());
    }

    @Test
    void oversizeBodyWithoutContentLengthIsCutOffAtTheLimit() throws Exception {
        String id = id();
        String ts = now();
        byte[] big = ("{\"pad\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + "/webhooks/linq"))
                .header("Content-Type", "application/json").header("webhook-id", id).header("webhook-timestamp", ts)
                .header("webhook-signature", signedBy(SECRET, id, ts, new String(big, StandardCharsets.UTF_8)))
                .timeout(WAIT)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(big))).build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(413, response.statusCode(), response.body());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse("").split(";")[0]);
    }

    @Test
    void refusedDeliveriesCostNoDatabaseQuery() {
        Statistics statistics = sessions.getStatistics();
        String warmUp = id();
        TestSigner.post(warmUp, inbound(warmUp, "msg-" + warmUp, "chat-db", someHandle(), "Hello")).then().statusCode(200);
        long before = secretQueries(statistics);

        for (int i = 0; i < 20; i++) {
            String id = id();
            String body = inbound(id, "msg-" + id, "chat-db", someHandle(), "START");
            String ts = now();
            refused(delivery().header("webhook-id", id).header("webhook-timestamp", ts)
                    .header("webhook-signature", signedBy(UNKNOWN_SECRET, id, ts, body)).body(body).post("/webhooks/linq"));
        }

        // At most one scheduled reload may fall inside the loop; a query per refusal would make it 20.
        assertTrue(secretQueries(statistics) - before <= 1, "signing secrets were read from the database per request");
    }

    private static long secretQueries(Statistics statistics) {
        long executions = 0;
        for (String query : statistics.getQueries()) {
            if (query.contains("StoredSigningSecret")) {
                executions += statistics.getQueryStatistics(query).getExecutionCount();
            }
        }
        return executions;
    }

    private static void refused(io.restassured.response.Response response) {
        response.then().statusCode(401).contentType("application/problem+json").body("detail", equalTo(UNVERIFIED));
    }

    /** A status line and headers read from the gateway. */
    private record RawAnswer(int status, String head) {
    }

    /**
     * Sends only a POST's headers, announcing {@code contentLength} bytes that never come, and reads the answer:
     * a receiver that waited for the body before judging the request would never answer.
     */
    private static RawAnswer headersOnly(long contentLength, Map<String, String> headers) throws IOException {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout((int) WAIT.toMillis());
            StringBuilder head = new StringBuilder("POST /webhooks/linq HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/json\r\nContent-Length: " + contentLength + "\r\n");
            headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
            OutputStream out = socket.getOutputStream();
            out.write(head.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            StringBuilder answer = new StringBuilder();
            while (!answer.toString().contains("\r\n\r\n")) {
                int next = in.read();
                if (next < 0) {
                    break;
                }
                answer.append((char) next);
            }
            String text = answer.toString();
            int status = text.startsWith("HTTP/1.1 ") ? Integer.parseInt(text.substring(9, 12)) : -1;
            return new RawAnswer(status, text);
        }
    }
}
