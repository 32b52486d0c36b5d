package com.caresupport.gateway.linq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.caresupport.gateway.linq.wire.Payment;
import com.caresupport.gateway.linq.wire.PaymentCreate;
import com.caresupport.gateway.linq.wire.PaymentRequest;
import com.caresupport.gateway.linq.wire.PaymentRequestCreate;
import com.caresupport.gateway.testing.LinqTestSupport;
import com.caresupport.gateway.testing.SandboxControl;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Creating payment requests and payments against the sandbox: the request has the SDK's method, path,
 * Idempotency-Key header and body, and the answer parses with its fields.
 */
@QuarkusTest
class PaymentSendsWireTest extends LinqTestSupport {

    private static final String CUSTOMER = "+15551237701";

    @Inject
    LinqClient linq;

    private static Map<String, Object> only(String method, String pathRegex) {
        List<Map<String, Object>> received = SandboxControl.received(method, "^" + pathRegex + "$");
        assertEquals(1, received.size(), method + " " + pathRegex + ": " + received);
        return received.get(0);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> headers(Map<String, Object> request) {
        return (Map<String, Object>) request.get("headers");
    }

    @Test
    void createsAPaymentRequestWithTheKeyInTheHeader() {
        SandboxControl.linq().body(Map.of("return_url", "https://admin.example.org/done"))
                .post("/payments/providers/stripe/connect").then().statusCode(200);

        PaymentRequest created = linq.createPaymentRequest("pay-req-key-1", new PaymentRequestCreate(1500L, "usd",
                "cus_123", "Copay for the March visit", null, null, null, null, null, null,
                Map.of("chat_id", "chat-9"), "payment", "stripe"));

        Map<String, Object> request = only("POST", "/payment_requests");
        assertEquals("pay-req-key-1", headers(request).get("idempotency-key"));
        assertEquals(Map.of("amount", 1500, "currency", "usd", "customer_id", "cus_123",
                "description", "Copay for the March visit", "metadata", Map.of("chat_id", "chat-9"),
                "mode", "payment", "rail", "stripe"), request.get("body"), "absent fields are omitted");
        assertNotNull(created.id());
        assertEquals(1500L, created.amount());
        assertEquals("usd", created.currency());
        assertEquals("requested", created.status());
        assertEquals("payment_request", created.object());
        assertTrue(created.checkoutUrl().startsWith("https://"));
        assertEquals(Map.of("chat_id", "chat-9"), created.metadata());
        assertEquals("cus_123", created.stripe().customerId());
        assertTrue(created.stripe().paymentIntentId().startsWith("pi_"));
    }

    @Test
    void createsASubscriptionRequest() {
        SandboxControl.linq().body(Map.of("return_url", "https://admin.example.org/done"))
                .post("/payments/providers/stripe/connect").then().statusCode(200);

        PaymentRequest created = linq.createPaymentRequest("pay-req-key-2", new PaymentRequestCreate(null, null, null,
                null, null, null, "price_monthly", 2L, null, 14L, null, "subscription", null));

        assertEquals(Map.of("price_id", "price_monthly", "quantity", 2, "trial_period_days", 14,
                "mode", "subscription"), only("POST", "/payment_requests").get("body"));
        assertEquals("subscription", created.mode());
        assertEquals("price_monthly", created.priceId());
        assertEquals(2L, created.quantity());
        assertNotNull(created.stripe().subscriptionId());
    }

    @Test
    void aPaymentRequestBeforeStripeIsConnectedIsRefused() {
        LinqRejectedException refused = assertThrows(LinqRejectedException.class, () -> linq.createPaymentRequest(
                "pay-req-key-3", new PaymentRequestCreate(1500L, "usd", null, null, null, null, null, null, null, null,
                        null, null, null)));
        assertEquals(403, refused.status());
    }

    @Test
    void createsAPaymentWithTheKeyInTheHeader() {
        Payment pending = linq.createPayment("payment-key-1", new PaymentCreate(1299L, "usd", CUSTOMER,
                "Prescription pickup", new PaymentCreate.Merchant("Main St Pharmacy", "https://pharmacy.example.org"),
                Map.of("order", "o-7")));

        Map<String, Object> request = only("POST", "/payments");
        assertEquals("payment-key-1", headers(request).get("idempotency-key"));
        assertEquals(Map.of("amount_cents", 1299, "currency", "usd", "handle", CUSTOMER,
                "description", "Prescription pickup",
                "merchant", Map.of("name", "Main St Pharmacy", "url", "https://pharmacy.example.org"),
                "metadata", Map.of("order", "o-7")), request.get("body"));
        assertNull(pending.id(), "no card is minted for a customer not yet connected");
        assertEquals("needs_connection", pending.status());
        assertEquals(CUSTOMER, pending.handle());

        String connectId = SandboxControl.linq().post("/payments/handles/{h}/connect", CUSTOMER).then()
                .statusCode(200).extract().path("connect_id");
        SandboxControl.linq().body(Map.of("code", "123456", "connect_id", connectId))
                .post("/payments/handles/{h}/verify", CUSTOMER).then().statusCode(200);
        Payment minted = linq.createPayment("payment-key-2", new PaymentCreate(1299L, "usd", CUSTOMER, null, null,
                null));
        assertNotNull(minted.id());
        assertFalse(minted.status().isBlank());
        assertEquals(1299L, minted.amountCents());
        assertEquals("usd", minted.currency());
    }
}
