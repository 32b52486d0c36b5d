package com.caresupport.gateway.linq;

import static com.caresupport.gateway.testing.GatewayApi.api;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.caresupport.gateway.testing.LinqTestSupport;
import com.caresupport.gateway.testing.SandboxControl;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The gateway's retry, timeout and circuit-breaker policies, seen from Linq's side through the sandbox. */
@QuarkusTest
@TestProfile(LinqFailuresAreRetriedOrFailFastTest.LongOpenCircuit.class)
class LinqFailuresAreRetriedOrFailFastTest extends LinqTestSupport {

    /**
     * The circuit stays open for a minute once open, so the open-circuit test sees it open however slowly a
     * loaded machine runs its steps (the shared 500 ms half-opened it mid-test). Each test starts closed.
     */
    public static class LongOpenCircuit implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.fault-tolerance.global.circuit-breaker.delay", "60000");
        }
    }

    private static final String SEND_ROUTE = "POST /v3/chats/{chatId}/messages";
    private static final String SEND_PATH = "^/chats/[^/]+/messages$";
    private static final String FAMILY = "+15551230001";

    private String chatId;

    @BeforeEach
    void openChat() {
        chatId = SandboxControl.openChat(FAMILY);
    }

    private io.restassured.response.Response send(String text) {
        return api().body(Map.of("text", text)).post("/api/chats/{id}/messages", chatId);
    }

    @Test
    void rateLimitedSendIsRetriedNoSoonerThanRetryAfter() {
        SandboxControl.fault(SEND_PATH).method("POST").status(429).retryAfter(2).times(1).install();

        send("Liban will drive tomorrow at 8am.").then().statusCode(201);

        List<Map<String, Object>> calls = SandboxControl.received("POST", SEND_PATH);
        assertEquals(2, calls.size());
        long gap = Instant.parse((String) calls.get(1).get("received_at")).toEpochMilli()
                - Instant.parse((String) calls.get(0).get("received_at")).toEpochMilli();
        assertThat(gap, greaterThanOrEqualTo(2000L));
    }

    @Test
    void burstOf503IsRetriedAndSucceedsAsOneMessage() {
        int before = SandboxControl.counters().getInt("messages_created");
        SandboxControl.fault(SEND_PATH).method("POST").status(503).times(2).install();

        send("Pharmacy pickup is at 5pm.").then().statusCode(201).body("delivery_status", org.hamcrest.Matchers.notNullValue());

        assertEquals(3, SandboxControl.requests(SEND_ROUTE));
        assertEquals(before + 1, SandboxControl.counters().getInt("messages_created"));
    }

    @Test
    void badRequestFromLinqIsNotRetried() {
        SandboxControl.fault(SEND_PATH).method("POST").status(400).times(1).install();

        send("This one Linq refuses.").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:linq-gateway:problem:linq-rejected"));

        assertEquals(1, SandboxControl.requests(SEND_ROUTE));
    }

    @Test
    void openCircuitFailsFastWithoutCallingLinq() {
        SandboxControl.fault("^/chats$").method("GET").status(503).times(1000).install();
        for (int i = 0; i < 4; i++) {
            api().get("/api/chats").then().statusCode(503);
        }
        int callsWhenOpen = SandboxControl.requests("GET /v3/chats");

        // Refused by the breaker itself (Retry-After is its delay) without reaching Linq. No stopwatch: a bound on
        // how long that took only measured how busy the machine was.
        api().get("/api/chats").then().statusCode(503)
                .header("Retry-After", equalTo("60"))
                .body("type", equalTo("urn:linq-gateway:problem:linq-unavailable"));

        assertEquals(callsWhenOpen, SandboxControl.requests("GET /v3/chats"), "an open circuit must not call Linq");
    }

    @Test
    void sendThatTimesOutIsRetriedUnderOneIdempotencyKey() {
        int before = SandboxControl.counters().getInt("messages_created");
        SandboxControl.fault(SEND_PATH).method("POST").latencyMillis(2500).times(2).install();

        send("Dad's appointment moved to Thursday.").then().statusCode(201);

        List<Map<String, Object>> calls = SandboxControl.received("POST", SEND_PATH);
        assertEquals(3, calls.size());
        List<Object> keys = calls.stream().map(c -> (Object) ((Map<?, ?>) ((Map<?, ?>) c.get("body")).get("message"))
                .get("idempotency_key")).distinct().toList();
        assertEquals(1, keys.size(), "every attempt carries the same key: " + keys);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).untilAsserted(() -> {
            assertEquals(before + 1, SandboxControl.counters().getInt("messages_created"));
            assertEquals(3, SandboxControl.counters().getInt("idempotency_keys.'" + keys.get(0) + "'"));
        });
    }
}
