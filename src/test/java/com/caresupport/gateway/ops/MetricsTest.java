package com.caresupport.gateway.ops;

import static com.caresupport.gateway.testing.GatewayApi.api;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.caresupport.gateway.testing.LinqTestSupport;
import com.caresupport.gateway.testing.SandboxControl;
import com.caresupport.gateway.testing.Subscriptions;
import com.caresupport.gateway.testing.TestSigner;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The metrics an on-call engineer alerts on move when a send, a retry, a webhook and a Linq outage happen. */
@QuarkusTest
class MetricsTest extends LinqTestSupport {

    private static final String SEND_PATH = "^/chats/[^/]+/messages$";
    private static final String FAMILY = "+15551230011";
    private static final String CALLS = "linq_gateway_linq_calls_seconds_count";

    private String chatId;

    @BeforeEach
    void openChat() {
        chatId = SandboxControl.openChat(FAMILY);
        Subscriptions.subscribeToDeliveryNews();
    }

    private io.restassured.response.ValidatableResponse send(String text) {
        return api().body(Map.of("text", text)).post("/api/chats/{id}/messages", chatId).then();
    }

    @Test
    void aSendIsTimedAndCountedByServiceAndStatus() {
        double calls = Scrape.value(CALLS, "operation", "sendMessage", "outcome", "success");
        double read = Scrape.value("linq_gateway_messages", "service", "iMessage", "status", "read");

        String id = send("Your ride is booked for 9am.").statusCode(201).extract().path("local_id");

        assertEquals(calls + 1, Scrape.value(CALLS, "operation", "sendMessage", "outcome", "success"));
        assertTrue(Scrape.value("linq_gateway_linq_calls_seconds_bucket", "operation", "sendMessage") > 0,
                "Linq latency is a histogram");
        // Earlier tests' messages may reach "read" meanwhile, so the gauge is checked once this one has.
        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(500)).until(() ->
                "read".equals(api().get("/api/messages/{id}", id).then().extract().path("delivery_status")));
        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertTrue(Scrape.value("linq_gateway_messages", "service", "iMessage", "status", "read") >= read + 1,
                        "the read message is counted under its service and status"));
    }

    @Test
    void aRetriedSendCountsTheFailedAttemptAndTheRetry() {
        double errors = Scrape.value(CALLS, "operation", "sendMessage", "outcome", "server_error");
        double retries = Scrape.value("ft_retry_retries_total", "method",
                "com.caresupport.gateway.linq.LinqClient.sendMessage");
        SandboxControl.fault(SEND_PATH).method("POST").status(503).times(1).install();

        send("Pharmacy pickup moved to 5pm.").statusCode(201);

        assertEquals(errors + 1, Scrape.value(CALLS, "operation", "sendMessage", "outcome", "server_error"));
        assertEquals(retries + 1, Scrape.value("ft_retry_retries_total", "method",
                "com.caresupport.gateway.linq.LinqClient.sendMessage"));
    }

    @Test
    void webhookDeliveriesAreCountedByTypeAndOutcome() {
        String deliveries = "linq_gateway_webhook_deliveries_total";
        double accepted = Scrape.value(deliveries, "type", "message.received", "outcome", "accepted");
        double duplicate = Scrape.value(deliveries, "type", "message.received", "outcome", "duplicate");
        double refused = Scrape.value(deliveries, "outcome", "refused", "reason", "signature");
        String id = "evt_" + UUID.randomUUID();
        String body = TestSigner.inbound(id, "msg-" + id, "chat-m", "+15551230012", "See you soon");

        TestSigner.post(id, body).then().statusCode(200);
        TestSigner.post(id, body).then().statusCode(200);
        TestSigner.delivery().header("webhook-id", id).header("webhook-timestamp", TestSigner.now())
                .header("webhook-signature", "v1,bm90LWEtc2lnbmF0dXJl").body(body).post("/webhooks/linq")
                .then().statusCode(401);

        assertEquals(accepted + 1, Scrape.value(deliveries, "type", "message.received", "outcome", "accepted"));
        assertEquals(duplicate + 1, Scrape.value(deliveries, "type", "message.received", "outcome", "duplicate"));
        assertEquals(refused + 1, Scrape.value(deliveries, "outcome", "refused", "reason", "signature"));
        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertTrue(Scrape.value("linq_gateway_inbound_messages", "state", "handled") >= 1));
    }

    @Test
    void aLinqFailureReportIsCountedByItsCode() {
        double failed = Scrape.value("linq_gateway_message_failed_total", "code", "4001");
        String failing = SandboxControl.openChat("+15551230099");
        api().body(Map.of("text", "This number cannot receive.")).post("/api/chats/{id}/messages", failing)
                .then().statusCode(201);

        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertTrue(Scrape.value("linq_gateway_message_failed_total", "code", "4001") >= failed + 1));
    }

    @Test
    void anOutageOpensTheCircuitAndFillsTheOutbox() {
        assertEquals(0, Scrape.value("linq_gateway_linq_circuit_state"));
        SandboxControl.fault("^/chats$").method("GET").status(503).times(1000).install();
        SandboxControl.fault(SEND_PATH).method("POST").status(503).times(1000).install();
        for (int i = 0; i < 4; i++) {
            api().get("/api/chats").then().statusCode(503);
        }

        send("Queued while Linq is down.").statusCode(202);

        // Open, or already half-open: the test profile lets the circuit try again after 500 ms.
        assertTrue(Scrape.value("linq_gateway_linq_circuit_state") >= 1, "the circuit is not closed");
        Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertTrue(Scrape.value("linq_gateway_outbox_pending") >= 1));
        assertTrue(Scrape.value("ft_circuitbreaker_opened_total") >= 1);
        // The queued send is still waiting: its age grows with every scrape.
        Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertTrue(Scrape.value("linq_gateway_outbox_oldest_pending_seconds") >= 1));
    }
}
