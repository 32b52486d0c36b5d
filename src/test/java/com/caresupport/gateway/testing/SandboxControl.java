package com.caresupport.gateway.testing;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Drives the Linq sandbox's control API from tests: resets it, injects faults, and reads what Linq
 * received, so a test can assert the effect of a gateway call on the Linq side.
 */
public final class SandboxControl {

    public static final String LINQ_TOKEN = "sandbox-token";
    public static final String LINE = "+15555550100";

    private SandboxControl() {
    }

    /** A random US handle that is never {@link #LINE}: a contact no other test is likely to have used. */
    public static String someHandle() {
        return "+1555" + (2_000_000 + ThreadLocalRandom.current().nextInt(7_000_000));
    }

    public static void reset() {
        given().post("/sandbox/control/reset").then().statusCode(204);
    }

    /** A fault on calls whose path (after {@code /v3}) matches {@code pathRegex}. */
    public static FaultBuilder fault(String pathRegex) {
        return new FaultBuilder(pathRegex);
    }

    public static JsonPath counters() {
        return given().get("/sandbox/control/counters").then().statusCode(200).extract().jsonPath();
    }

    /** How many calls Linq received on {@code "METHOD /v3/route/{template}"}. */
    public static int requests(String route) {
        Map<String, Integer> all = counters().getMap("requests");
        return all == null ? 0 : all.getOrDefault(route, 0);
    }

    /** Total calls Linq received on any route. */
    public static int totalRequests() {
        Map<String, Integer> all = counters().getMap("requests");
        return all == null ? 0 : all.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Requests Linq received whose path matches {@code pathRegex}, oldest first. */
    public static List<Map<String, Object>> received(String method, String pathRegex) {
        return given().queryParam("path", pathRegex).queryParam("method", method)
                .get("/sandbox/control/requests").then().statusCode(200).extract().jsonPath().getList("requests");
    }

    /** Injects an inbound message from {@code from}; returns its chat id and Linq message id. */
    public static JsonPath inbound(String from, String text) {
        return inbound(given(), from, text);
    }

    /** The same, on the sandbox that {@code linq} points at (another gateway process, say). */
    public static JsonPath inbound(RequestSpecification linq, String from, String text) {
        return linq.contentType("application/json").body(Map.of("from", from, "text", text))
                .post("/sandbox/control/inbound").then().statusCode(201).extract().jsonPath();
    }

    /** Opens a chat with {@code recipients} straight on the sandbox (not through the gateway); returns its id. */
    public static String openChat(String... recipients) {
        Map<String, Object> body = Map.of("from", LINE, "to", List.of(recipients), "message",
                Map.of("parts", List.of(Map.of("type", "text", "value", "Hello from the care team"))));
        return linq().body(body).post("/chats").then().statusCode(201).extract().path("chat.id");
    }

    /**
     * An app card of the partner's own Messages app, sent to {@code recipient} straight on the sandbox (the gateway
     * sends none) and waited for until delivered, since Linq updates only a delivered card; returns its message id.
     */
    public static String deliveredAppCard(String recipient, String caption) {
        Map<String, Object> card = Map.of("type", "imessage_app",
                "app", Map.of("bundle_id", "org.caresupport.rides.MessagesExtension", "name", "Rides",
                        "team_id", "A1B2C3D4E5"),
                "layout", Map.of("caption", caption), "url", "https://rides.example.org/r/1");
        String chatId = linq().body(Map.of("to", List.of(recipient), "message", Map.of("parts", List.of(card))))
                .post("/messages").then().statusCode(202).extract().path("chat_id");
        String cardId = linq().get("/chats/" + chatId + "/messages").then().extract().path("messages[0].id");
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).until(() -> linq()
                .get("/messages/" + cardId).then().extract().path("delivered_at") != null);
        return cardId;
    }

    /** Calls the sandbox's Linq surface directly, as Linq's own API. */
    public static RequestSpecification linq() {
        return given().auth().oauth2(LINQ_TOKEN).contentType("application/json")
                .basePath("/sandbox/linq/api/partner/v3");
    }

    /** Builder for {@code POST /sandbox/control/faults}. */
    public static final class FaultBuilder {
        private final Map<String, Object> body = new HashMap<>();

        FaultBuilder(String path) {
            body.put("path", path);
        }

        public FaultBuilder method(String method) {
            body.put("method", method);
            return this;
        }

        public FaultBuilder status(int status) {
            body.put("status", status);
            return this;
        }

        public FaultBuilder retryAfter(int seconds) {
            body.put("retry_after", seconds);
            return this;
        }

        public FaultBuilder header(String name, String value) {
            body.put("headers", Map.of(name, value));
            return this;
        }

        /** The raw answer body (with {@link #status}, default 200), e.g. JSON Linq never sends. */
        public FaultBuilder body(String raw) {
            body.put("body", raw);
            return this;
        }

        public FaultBuilder latencyMillis(int millis) {
            body.put("latency_ms", millis);
            return this;
        }

        public FaultBuilder dropConnection() {
            body.put("drop_connection", true);
            return this;
        }

        public FaultBuilder times(int count) {
            body.put("count", count);
            return this;
        }

        public void install() {
            given().contentType("application/json").body(body).post("/sandbox/control/faults")
                    .then().statusCode(201);
        }
    }
}
