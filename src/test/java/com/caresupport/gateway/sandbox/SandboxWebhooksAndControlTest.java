package com.caresupport.gateway.sandbox;

import static com.caresupport.gateway.testing.SandboxControl.LINE;
import static com.caresupport.gateway.testing.SandboxControl.linq;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.caresupport.gateway.testing.SandboxControl;
import com.caresupport.gateway.testing.TestSigner;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The sandbox's signed webhook deliveries, checked by a receiver of the test's own with an independent
 * implementation of both signature schemes, and its control API: faults, counters, request log, reset.
 */
@QuarkusTest
class SandboxWebhooksAndControlTest {

    /** One delivery as the test's receiver saw it. */
    record Delivery(Map<String, String> headers, String body) {
    }

    private HttpServer receiver;
    private final List<Delivery> deliveries = new CopyOnWriteArrayList<>();
    private final AtomicInteger failuresToAnswer = new AtomicInteger();

    @BeforeEach
    void start() throws IOException {
        SandboxControl.reset();
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hooks", exchange -> {
            Map<String, String> headers = new java.util.HashMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), values.get(0)));
            deliveries.add(new Delivery(headers, new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            int status = failuresToAnswer.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0 ? 500 : 204;
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void stop() {
        receiver.stop(0);
    }

    private String subscribe(String version, String... events) {
        String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hooks?version=" + version;
        return linq().body(Map.of("target_url", url, "subscribed_events", List.of(events)))
                .post("/webhook-subscriptions").then().statusCode(201).extract().path("signing_secret");
    }

    @Test
    void deliveriesCarryBothSignaturesThatVerifyIndependently() {
        String secret = subscribe("2026-02-03", "message.sent", "message.delivered", "message.read");
        linq().body(Map.of("from", LINE, "to", List.of("+15551230001"), "message",
                Map.of("parts", List.of(Map.of("type", "text", "value", "Hi")), "idempotency_key", "k-1")))
                .post("/chats").then().statusCode(201);

        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> deliveries.size() == 3);
        for (Delivery delivery : deliveries) {
            Map<String, String> h = delivery.headers();
            assertEquals("v1," + TestSigner.standard(secret, h.get("webhook-id"), h.get("webhook-timestamp"), delivery.body()),
                    h.get("webhook-signature"));
            assertEquals(TestSigner.legacy(secret, h.get("x-webhook-timestamp"), delivery.body()), h.get("x-webhook-signature"));
            JsonPath body = new JsonPath(delivery.body());
            assertEquals(h.get("webhook-id"), body.getString("event_id"));
            assertEquals(h.get("x-webhook-event"), body.getString("event_type"));
            assertEquals("2026-02-03", body.getString("webhook_version"));
            assertEquals("outbound", body.getString("data.direction"));
            assertEquals("k-1", body.getString("data.idempotency_key"));
        }
        assertEquals(List.of("message.sent", "message.delivered", "message.read"),
                deliveries.stream().map(d -> d.headers().get("x-webhook-event")).toList());
    }

    @Test
    void olderPayloadVersionUsesTheV1Shape() {
        subscribe("2025-01-01", "message.received");
        String messageId = SandboxControl.inbound("+15551230004", "Hello?").getString("message_id");

        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> deliveries.size() == 1);
        JsonPath body = new JsonPath(deliveries.get(0).body());
        assertEquals("2025-01-01", body.getString("webhook_version"));
        assertEquals(messageId, body.getString("data.message.id"));
        assertEquals(false, body.getBoolean("data.is_from_me"));
        assertEquals("Hello?", body.getString("data.message.parts[0].value"));
    }

    @Test
    void failedDeliveriesAreRetriedWithTheSameEventId() {
        failuresToAnswer.set(2);
        subscribe("2026-02-03", "message.received");
        SandboxControl.inbound("+15551230004", "Retry me");

        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> deliveries.size() == 3);
        assertEquals(1, deliveries.stream().map(d -> d.headers().get("webhook-id")).distinct().count());
        given().get("/sandbox/control/counters").then().body("webhook_deliveries.attempted", equalTo(3))
                .body("webhook_deliveries.succeeded", equalTo(1));
        given().get("/sandbox/control/deliveries").then().body("deliveries.status", equalTo(List.of(500, 500, 204)));
    }

    @Test
    void statusFaultAnswersWithoutActingAndCarriesRetryAfter() {
        SandboxControl.fault("^/chats$").method("POST").status(429).retryAfter(3).times(1).install();
        Map<String, Object> create = Map.of("from", LINE, "to", List.of("+15551230001"), "message",
                Map.of("parts", List.of(Map.of("type", "text", "value", "Hi"))));
        linq().body(create).post("/chats").then().statusCode(429).header("Retry-After", "3")
                .body("error.code", equalTo(1007)).body("error.retry_after", equalTo(3));
        linq().body(create).post("/chats").then().statusCode(201);

        JsonPath counters = SandboxControl.counters();
        assertEquals(2, counters.getInt("requests.'POST /v3/chats'"));
        assertEquals(1, counters.getInt("faulted"));
        assertEquals(1, counters.getInt("messages_created"));
        assertEquals(2, SandboxControl.received("POST", "^/chats$").size());
    }

    @Test
    void burstLatencyAndDroppedConnections() {
        SandboxControl.fault("^/phone_numbers$").status(503).times(2).install();
        linq().get("/phone_numbers").then().statusCode(503).body("error.code", equalTo(3001));
        linq().get("/phone_numbers").then().statusCode(503);
        linq().get("/phone_numbers").then().statusCode(200);

        SandboxControl.fault("^/phone_numbers$").latencyMillis(700).times(1).install();
        long started = System.nanoTime();
        linq().get("/phone_numbers").then().statusCode(200);
        assertTrue((System.nanoTime() - started) / 1_000_000 >= 700);

        // A raw socket, because HTTP clients quietly repeat a request whose connection dropped.
        SandboxControl.fault("^/chats$").method("POST").dropConnection().times(1).install();
        String create = "{\"from\":\"" + LINE + "\",\"to\":[\"+15551230001\"],\"message\":{\"parts\":"
                + "[{\"type\":\"text\",\"value\":\"Hi\"}]}}";
        String answer = rawPost("/sandbox/linq/api/partner/v3/chats", create);
        assertEquals("", answer, "the connection was closed with no answer");
        assertEquals(0, SandboxControl.counters().getInt("messages_created"), "a dropped call does nothing");
        linq().body(create).post("/chats").then().statusCode(201);
    }

    /** Sends a POST over a plain socket; returns whatever came back before the connection closed. */
    private static String rawPost(String path, String body) {
        try (java.net.Socket socket = new java.net.Socket("localhost", io.restassured.RestAssured.port)) {
            socket.setSoTimeout(5000);
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            String request = "POST " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                    + SandboxControl.LINQ_TOKEN + "\r\nContent-Type: application/json\r\nContent-Length: "
                    + bytes.length + "\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().write(bytes);
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    @Test
    void requestLogRedactsTheTokenAndResetForgetsEverything() {
        linq().get("/phone_numbers").then().statusCode(200);
        Map<String, Object> logged = SandboxControl.received("GET", "^/phone_numbers$").get(0);
        assertEquals("REDACTED", ((Map<?, ?>) logged.get("headers")).get("authorization"));

        SandboxControl.reset();
        assertEquals(0, SandboxControl.totalRequests());
        assertTrue(SandboxControl.received("GET", ".*").isEmpty());
    }
}
