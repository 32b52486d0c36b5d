package com.caresupport.gateway.api;

import static com.caresupport.gateway.testing.GatewayApi.api;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.caresupport.gateway.inbound.HandleOptOut;
import com.caresupport.gateway.inbound.InboundPoller;
import com.caresupport.gateway.testing.LinqTestSupport;
import com.caresupport.gateway.testing.SandboxControl;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Payment requests and agent payments created through the one send path: stored, refused for an opted-out
 * person and for bad input with no Linq call, deduplicated by Idempotency-Key, and queued then created exactly
 * once when Linq is out of reach.
 */
@QuarkusTest
@Tag("persistence")
class PaymentSendsResourceTest extends LinqTestSupport {

    private static final String PERSON = "+15551237801";
    private static final String OPTED_OUT = "+15551237802";
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    InboundPoller poller;

    @BeforeEach
    void optBackIn() {
        QuarkusTransaction.requiringNew().run(() -> HandleOptOut.deleteById(OPTED_OUT));
    }

    private void optOut(String handle) {
        SandboxControl.inbound(handle, "STOP");
        poller.poll();
    }

    private static void connectStripe() {
        SandboxControl.linq().body(Map.of("return_url", "https://admin.example.org/done"))
                .post("/payments/providers/stripe/connect").then().statusCode(200);
    }

    private static void connectCustomer(String handle) {
        String connectId = SandboxControl.linq().post("/payments/handles/{h}/connect", handle).then()
                .statusCode(200).extract().path("connect_id");
        SandboxControl.linq().body(Map.of("code", "123456", "connect_id", connectId))
                .post("/payments/handles/{h}/verify", handle).then().statusCode(200);
    }

    private static Map<String, Object> copay(String chatId) {
        return Map.of("chat_id", chatId, "amount", 2500, "currency", "usd", "description", "Copay");
    }

    private static Map<String, Object> payment(String handle) {
        return Map.of("amount_cents", 1299, "currency", "usd", "handle", handle, "description", "Prescription");
    }

    private static Map<String, Object> with(Map<String, Object> base, String field, Object value) {
        Map<String, Object> changed = new HashMap<>(base);
        changed.put(field, value);
        return changed;
    }

    private static ValidatableResponse assertBadField(ValidatableResponse response, String field) {
        return response.statusCode(400).contentType("application/problem+json").body("errors.field", hasItem(field));
    }

    private static ValidatableResponse assertOptedOut(ValidatableResponse response) {
        return response.statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:linq-gateway:problem:recipient-opted-out"));
    }

    @Test
    void createsAPaymentRequestForAChatAndAnswersARepeatWithTheOriginal() {
        connectStripe();
        String chatId = SandboxControl.openChat(PERSON);

        ValidatableResponse created = api().header("Idempotency-Key", "pay-req-api-1").body(copay(chatId))
                .post("/api/payment-requests").then().statusCode(201).body("delivery_status", equalTo("sent"))
                .body("chat_id", equalTo(chatId));
        String requestId = created.extract().path("message_id");
        String localId = created.extract().path("local_id");
        assertNotEquals(localId, requestId, "message_id is Linq's payment request id");

        api().header("Idempotency-Key", "pay-req-api-1").body(copay(chatId)).post("/api/payment-requests").then()
                .statusCode(200).body("replayed", equalTo(true)).body("local_id", equalTo(localId))
                .body("message_id", equalTo(requestId));
        api().header("Idempotency-Key", "pay-req-api-1").body(with(copay(chatId), "amount", 9900))
                .post("/api/payment-requests").then().statusCode(422)
                .body("type", equalTo("urn:linq-gateway:problem:idempotency-key-reused"));

        assertEquals(1, SandboxControl.requests("POST /v3/payment_requests"));
        api().get("/api/payment-requests/{id}", requestId).then().statusCode(200).body("amount", equalTo(2500))
                .body("checkout_url", startsWith("https://"));
        api().get("/api/messages/{id}", localId).then().statusCode(200).body("delivery_status", equalTo("sent"))
                .body("text_preview", equalTo("Copay"));
    }

    @Test
    void createsAPaymentAndAnswersARepeatWithTheOriginal() {
        connectCustomer(PERSON);

        ValidatableResponse created = api().header("Idempotency-Key", "payment-api-1").body(payment(PERSON))
                .post("/api/payments").then().statusCode(201).body("delivery_status", equalTo("sent"));
        String paymentId = created.extract().path("message_id");
        String localId = created.extract().path("local_id");
        api().header("Idempotency-Key", "payment-api-1").body(payment(PERSON)).post("/api/payments").then()
                .statusCode(200).body("replayed", equalTo(true)).body("local_id", equalTo(localId));

        assertEquals(1, SandboxControl.requests("POST /v3/payments"));
        api().get("/api/payments/{id}", paymentId).then().statusCode(200).body("handle", equalTo(PERSON))
                .body("amount_cents", equalTo(1299));
    }

    @Test
    void badInputNamesTheFieldAndCallsNoOne() {
        Map<String, Object> copay = copay("chat-1");
        assertBadField(api().body(Map.of("amount", 2500, "currency", "usd")).post("/api/payment-requests").then(),
                "chat_id");
        assertBadField(api().body(with(copay, "amount", 10)).post("/api/payment-requests").then(), "amount");
        assertBadField(api().body(with(copay, "currency", "US Dollars")).post("/api/payment-requests").then(),
                "currency");
        assertBadField(api().body(Map.of("chat_id", "chat-1", "currency", "usd")).post("/api/payment-requests")
                .then(), "amount");
        assertBadField(api().body(with(copay, "mode", "forever")).post("/api/payment-requests").then(), "mode");
        assertBadField(api().body(with(copay, "mode", "subscription")).post("/api/payment-requests").then(),
                "price_id");
        assertBadField(api().body(with(copay, "trial_period_days", 14)).post("/api/payment-requests").then(),
                "trial_period_days");
        assertBadField(api().body(with(copay, "rail", "natural")).post("/api/payment-requests").then(),
                "payer_handle");
        assertBadField(api().body(with(copay, "payer_handle", "0155")).post("/api/payment-requests").then(),
                "payer_handle");
        assertBadField(api().body(with(copay, "customer_id", "alice")).post("/api/payment-requests").then(),
                "customer_id");
        assertBadField(api().body(with(copay, "metadata", Map.of("linq_source", "x"))).post("/api/payment-requests")
                .then(), "metadata");
        assertBadField(api().body(Map.of("chat_id", "chat-1", "mode", "subscription", "price_id", "price_1",
                "trial_end", "yesterday")).post("/api/payment-requests").then(), "trial_end");
        assertBadField(api().header("Idempotency-Key", "k".repeat(300)).body(copay).post("/api/payment-requests")
                .then(), "idempotency_key");

        assertBadField(api().body(Map.of("currency", "usd", "handle", PERSON)).post("/api/payments").then(),
                "amount_cents");
        assertBadField(api().body(with(payment(PERSON), "amount_cents", 0)).post("/api/payments").then(),
                "amount_cents");
        assertBadField(api().body(with(payment(PERSON), "handle", "not a handle")).post("/api/payments").then(),
                "handle");
        assertBadField(api().body(with(payment(PERSON), "merchant", Map.of("url", "http://shop.example.org")))
                .post("/api/payments").then(), "merchant.url");
        api().body("{\"amount_cents\":").post("/api/payments").then().statusCode(400)
                .contentType("application/problem+json");

        assertEquals(0, SandboxControl.totalRequests());
    }

    @Test
    void anOptedOutPersonIsReachedByNone() {
        connectStripe();
        String chatId = SandboxControl.openChat(OPTED_OUT);
        optOut(OPTED_OUT);

        assertOptedOut(api().body(copay(chatId)).post("/api/payment-requests").then());
        assertOptedOut(api().body(Map.of("rail", "natural", "from", SandboxControl.LINE, "payer_handle", OPTED_OUT,
                "amount", 2500, "currency", "usd")).post("/api/payment-requests").then());
        assertOptedOut(api().body(payment(OPTED_OUT)).post("/api/payments").then());

        assertEquals(0, SandboxControl.requests("POST /v3/payment_requests"));
        assertEquals(0, SandboxControl.requests("POST /v3/payments"));
    }

    @Test
    void aPaymentRequestIsQueuedWhileLinqFailsAndCreatedOnce() {
        connectStripe();
        String chatId = SandboxControl.openChat(PERSON);
        SandboxControl.fault("^/payment_requests$").method("POST").status(503).times(100000).install();
        String localId = api().body(copay(chatId)).post("/api/payment-requests").then().statusCode(202)
                .body("delivery_status", equalTo("queued")).extract().path("local_id");

        given().delete("/sandbox/control/faults").then().statusCode(204);
        Awaitility.await().atMost(WAIT).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                api().get("/api/messages/{id}", localId).then().statusCode(200)
                        .body("linq_message_id", notNullValue()));
        SandboxControl.linq().get("/payment_requests").then().statusCode(200).body("data.size()", equalTo(1));
        List<Map<String, Object>> sent = SandboxControl.received("POST", "^/payment_requests$");
        assertEquals(1, sent.stream().map(r -> ((Map<?, ?>) r.get("headers")).get("idempotency-key")).distinct()
                .count(), "every attempt carries the one stored key");
    }

    @Test
    void aPaymentIsQueuedWhileLinqFailsAndCreatedOnce() {
        connectCustomer(PERSON);
        SandboxControl.fault("^/payments$").method("POST").status(503).times(100000).install();
        String localId = api().body(payment(PERSON)).post("/api/payments").then().statusCode(202)
                .body("delivery_status", equalTo("queued")).extract().path("local_id");

        given().delete("/sandbox/control/faults").then().statusCode(204);
        Awaitility.await().atMost(WAIT).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                api().get("/api/messages/{id}", localId).then().statusCode(200)
                        .body("linq_message_id", notNullValue()));
        int faulted = SandboxControl.counters().getInt("faulted");
        assertEquals(1, SandboxControl.requests("POST /v3/payments") - faulted, "one call got through");
    }
}
