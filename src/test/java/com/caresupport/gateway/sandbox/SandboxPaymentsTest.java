package com.caresupport.gateway.sandbox;

import static com.caresupport.gateway.testing.SandboxControl.linq;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import com.caresupport.gateway.testing.SandboxControl;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Payment requests, provider onboarding, customer handle connections and agent payments, with their states. */
@QuarkusTest
class SandboxPaymentsTest {

    private static final String CUSTOMER = "+15551230001";
    private static final String CUSTOMER_PATH = "%2B15551230001";

    @BeforeEach
    void reset() {
        SandboxControl.reset();
    }

    private static void connectStripe() {
        linq().body(Map.of("return_url", "https://example.org/back")).post("/payments/providers/stripe/connect").then()
                .statusCode(200).body("hosted_url", startsWith("https://")).body("session_id", notNullValue())
                .body("status", equalTo("pending"));
    }

    @Test
    void aPaymentRequestNeedsStripeThenIsCreatedListedAndCanceledOnce() {
        linq().get("/payments/providers/stripe").then().statusCode(200).body("provider", equalTo("stripe"))
                .body("status", equalTo("disabled"));
        Map<String, Object> body = Map.of("amount", 2500, "currency", "usd", "metadata", Map.of("chat", "c1"));
        linq().body(body).post("/payment_requests").then().statusCode(403).body("error.code", equalTo(2005));
        connectStripe();
        linq().get("/payments/providers/stripe").then().body("status", equalTo("ready"));
        String id = linq().body(body).post("/payment_requests").then().statusCode(201).body("amount", equalTo(2500))
                .body("currency", equalTo("usd")).body("status", equalTo("requested")).body("mode", equalTo("payment"))
                .body("object", equalTo("payment_request")).body("checkout_url", startsWith("https://zero.linqapp.com/pay/"))
                .body("metadata.chat", equalTo("c1")).body("expires_at", notNullValue()).extract().path("id");
        linq().get("/payment_requests/" + id).then().statusCode(200).body("id", equalTo(id));
        linq().queryParam("status", "requested").get("/payment_requests").then().statusCode(200)
                .body("object", equalTo("list")).body("data", hasSize(1)).body("has_more", equalTo(false));
        linq().post("/payment_requests/" + id + "/cancel").then().statusCode(200).body("status", equalTo("canceled"));
        linq().post("/payment_requests/" + id + "/cancel").then().statusCode(409).body("success", equalTo(false));
        linq().queryParam("status", "requested").get("/payment_requests").then().body("data", hasSize(0));
    }

    @Test
    void paymentRequestsRefuseBadInput() {
        connectStripe();
        linq().body(Map.of("currency", "usd")).post("/payment_requests").then().statusCode(400).body("error.code", equalTo(1001));
        linq().body(Map.of("amount", 10, "currency", "usd")).post("/payment_requests").then().statusCode(400)
                .body("error.code", equalTo(1005));
        linq().body(Map.of("amount", 100, "currency", "eur")).post("/payment_requests").then().statusCode(400);
        linq().body(Map.of("mode", "subscription", "price_id", "price_123", "amount", 100)).post("/payment_requests")
                .then().statusCode(400);
        linq().body(Map.of("mode", "subscription", "price_id", "price_123")).post("/payment_requests").then()
                .statusCode(201).body("stripe.subscription_id", startsWith("sub_")).body("interval", equalTo("month"));
        linq().get("/payment_requests/nope").then().statusCode(404);
        linq().queryParam("status", "lost").get("/payment_requests").then().statusCode(400);
        linq().get("/payments/providers/paypal").then().statusCode(404);
    }

    @Test
    void aCustomerHandleConnectsThroughVerifyAndIsRevoked() {
        linq().urlEncodingEnabled(false).get("/payments/handles/" + CUSTOMER_PATH + "/connection").then().statusCode(200)
                .body("handle", equalTo(CUSTOMER)).body("status", equalTo("not_connected"));
        String connectId = linq().urlEncodingEnabled(false).post("/payments/handles/" + CUSTOMER_PATH + "/connect").then()
                .statusCode(200).body("status", equalTo("pending")).extract().path("connect_id");
        linq().urlEncodingEnabled(false).body(Map.of("code", "123456", "connect_id", "wrong"))
                .post("/payments/handles/" + CUSTOMER_PATH + "/verify").then().statusCode(400);
        linq().urlEncodingEnabled(false).body(Map.of("code", "12", "connect_id", connectId))
                .post("/payments/handles/" + CUSTOMER_PATH + "/verify").then().statusCode(400);
        linq().urlEncodingEnabled(false).body(Map.of("code", "123456", "connect_id", connectId))
                .post("/payments/handles/" + CUSTOMER_PATH + "/verify").then().statusCode(200)
                .body("status", equalTo("connected")).body("connect_id", nullValue());
        linq().urlEncodingEnabled(false).delete("/payments/handles/" + CUSTOMER_PATH + "/connection").then()
                .statusCode(200).body("status", equalTo("revoked"));
        linq().urlEncodingEnabled(false).delete("/payments/handles/" + CUSTOMER_PATH + "/connection").then()
                .statusCode(404);
        linq().urlEncodingEnabled(false).body(Map.of("code", "123456", "connect_id", connectId))
                .post("/payments/handles/" + CUSTOMER_PATH + "/verify").then().statusCode(409);
    }

    @Test
    void aPaymentNeedsAConnectionThenMintsACardThatCanBeCanceled() {
        Map<String, Object> body = Map.of("amount_cents", 1299, "currency", "usd", "handle", CUSTOMER,
                "description", "Groceries");
        linq().body(body).post("/payments").then().statusCode(200).body("status", equalTo("needs_connection"))
                .body("id", nullValue()).body("handle", equalTo(CUSTOMER));
        String connectId = linq().urlEncodingEnabled(false).post("/payments/handles/" + CUSTOMER_PATH + "/connect")
                .then().extract().path("connect_id");
        linq().urlEncodingEnabled(false).body(Map.of("code", "654321", "connect_id", connectId))
                .post("/payments/handles/" + CUSTOMER_PATH + "/verify").then().statusCode(200);
        String id = linq().body(body).post("/payments").then().statusCode(201).body("status", equalTo("ready"))
                .body("amount_cents", equalTo(1299)).body("currency", equalTo("usd")).extract().path("id");
        linq().get("/payments/" + id).then().statusCode(200).body("id", equalTo(id)).body("description", equalTo("Groceries"));
        linq().get("/payments/" + id + "/credentials").then().statusCode(200).body("handoff.card_ref", notNullValue())
                .body("handoff.fetch_url", startsWith("https://")).body("handoff.provider", equalTo("agentcard"))
                .body("handoff.user_token", notNullValue());
        linq().post("/payments/" + id + "/cancel").then().statusCode(200).body("status", equalTo("canceled"));
        linq().post("/payments/" + id + "/cancel").then().statusCode(409);
        linq().get("/payments/" + id + "/credentials").then().statusCode(409);
        linq().get("/payments/nope").then().statusCode(404).body("success", equalTo(false));
        linq().body(Map.of("currency", "usd", "handle", CUSTOMER)).post("/payments").then().statusCode(400)
                .body("error.code", equalTo(1001));
        linq().body(Map.of("amount_cents", -5, "currency", "usd", "handle", CUSTOMER)).post("/payments").then()
                .statusCode(400).body("error.code", equalTo(1005));
    }
}
