package com.caresupport.gateway.api;

import static com.caresupport.gateway.testing.GatewayApi.api;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.caresupport.gateway.inbound.HandleOptOut;
import com.caresupport.gateway.inbound.OptOuts;
import com.caresupport.gateway.testing.LinqTestSupport;
import com.caresupport.gateway.testing.SandboxControl;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The payments administration routes: payment requests, providers, customer connections, agent payments. */
@QuarkusTest
class PaymentResourceTest extends LinqTestSupport {

    private static final String CUSTOMER = "+15551230045";
    private static final String OPTED_OUT = "+15551230046";

    @Inject
    OptOuts optOuts;

    @AfterEach
    void optBackIn() {
        QuarkusTransaction.requiringNew().run(() -> HandleOptOut.deleteById(OPTED_OUT));
    }

    private static String createPaymentRequest(int amount) {
        SandboxControl.linq().body(Map.of("return_url", "https://admin.example.org/done"))
                .post("/payments/providers/stripe/connect").then().statusCode(200);
        return SandboxControl.linq().body(Map.of("amount", amount, "currency", "usd"))
                .post("/payment_requests").then().statusCode(201).extract().path("id");
    }

    @Test
    void listsReadsAndCancelsPaymentRequests() {
        String first = createPaymentRequest(1500);
        String second = createPaymentRequest(2500);

        api().queryParam("limit", 1).get("/api/payment-requests").then().statusCode(200)
                .body("payment_requests.size()", equalTo(1)).body("has_more", equalTo(true));
        api().get("/api/payment-requests/{id}", first).then().statusCode(200)
                .body("payment_request_id", equalTo(first)).body("amount", equalTo(1500))
                .body("currency", equalTo("usd")).body("status", equalTo("requested"))
                .body("checkout_url", startsWith("https://")).body("stripe_payment_intent_id", startsWith("pi_"));

        api().post("/api/payment-requests/{id}/cancel", second).then().statusCode(200)
                .body("status", equalTo("canceled"));
        api().queryParam("status", "canceled").get("/api/payment-requests").then().statusCode(200)
                .body("payment_requests.payment_request_id", equalTo(java.util.List.of(second)));

        // Linq refuses a second cancel: its 409 and code come through, and the cancel is not repeated.
        api().post("/api/payment-requests/{id}/cancel", second).then().statusCode(409)
                .contentType("application/problem+json").body("linq_code", equalTo(1006));
        assertEquals(2, SandboxControl.requests("POST /v3/payment_requests/{paymentRequestId}/cancel"));
    }

    @Test
    void readsAndConnectsAProvider() {
        api().get("/api/payments/providers/agentcard").then().statusCode(200)
                .body("provider", equalTo("agentcard")).body("status", equalTo("disabled"));
        api().body(Map.of("return_url", "https://admin.example.org/payments"))
                .post("/api/payments/providers/agentcard/connect").then().statusCode(200)
                .body("hosted_url", startsWith("https://")).body("status", equalTo("pending"));
        api().get("/api/payments/providers/agentcard").then().statusCode(200).body("status", equalTo("ready"));
        api().get("/api/payments/providers/paypal").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void connectsVerifiesAndRevokesACustomer() {
        String connectId = api().post("/api/payments/handles/{h}/connect", CUSTOMER).then().statusCode(200)
                .body("handle", equalTo(CUSTOMER)).body("status", equalTo("pending"))
                .extract().path("connect_id");
        api().body(Map.of("code", "123456", "connect_id", connectId))
                .post("/api/payments/handles/{h}/verify", CUSTOMER).then().statusCode(200)
                .body("status", equalTo("connected")).body("connect_id", nullValue());
        api().get("/api/payments/handles/{h}/connection", CUSTOMER).then().statusCode(200)
                .body("status", equalTo("connected"));
        api().delete("/api/payments/handles/{h}/connection", CUSTOMER).then().statusCode(200)
                .body("status", equalTo("revoked"));
    }

    @Test
    void neverTextsACodeToACustomerWhoRepliedStop() {
        QuarkusTransaction.requiringNew().run(() -> optOuts.apply(OPTED_OUT, "STOP"));
        int before = SandboxControl.totalRequests();

        api().post("/api/payments/handles/{h}/connect", OPTED_OUT).then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:linq-gateway:problem:recipient-opted-out"))
                .body("detail", containsString(OPTED_OUT));
        assertEquals(before, SandboxControl.totalRequests(), "Linq is not asked to text them");
    }

    private static String createPayment() {
        String connectId = SandboxControl.linq().post("/payments/handles/{h}/connect", CUSTOMER).then()
                .statusCode(200).extract().path("connect_id");
        SandboxControl.linq().body(Map.of("code", "123456", "connect_id", connectId))
                .post("/payments/handles/{h}/verify", CUSTOMER).then().statusCode(200);
        return SandboxControl.linq().body(Map.of("amount_cents", 1299, "currency", "usd", "handle", CUSTOMER))
                .post("/payments").then().statusCode(201).extract().path("id");
    }

    @Test
    void readsHandsOffAndCancelsAPayment() {
        String id = createPayment();

        api().get("/api/payments/{id}", id).then().statusCode(200).body("payment_id", equalTo(id))
                .body("status", equalTo("ready")).body("amount_cents", equalTo(1299)).body("handle", equalTo(CUSTOMER));
        api().get("/api/payments/{id}/credentials", id).then().statusCode(200)
                .header("Cache-Control", containsString("no-store"))
                .body("provider", equalTo("agentcard")).body("card_ref", startsWith("card_"))
                .body("fetch_url", startsWith("https://")).body("user_token", startsWith("ut_"));
        api().post("/api/payments/{id}/cancel", id).then().statusCode(200).body("status", equalTo("canceled"));
        api().get("/api/payments/{id}/credentials", id).then().statusCode(409)
                .contentType("application/problem+json").body("linq_code", equalTo(1006));
    }

    @Test
    void answers503WhenLinqIsDown() {
        SandboxControl.fault("^/payments/").status(503).times(20).install();
        api().get("/api/payments/{id}", "p-1").then().statusCode(503).contentType("application/problem+json")
                .body("type", equalTo("urn:linq-gateway:problem:linq-unavailable"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "GET|/api/payment-requests?limit=0||limit",
            "GET|/api/payment-requests?limit=101||limit",
            "GET|/api/payment-requests?offset=-1||offset",
            "GET|/api/payment-requests?status=paid||status",
            "GET|/api/payment-requests/a%20b||payment_request_id",
            "POST|/api/payment-requests/a%3Bb/cancel||payment_request_id",
            "GET|/api/payments/providers/Agent%20Card||provider",
            "POST|/api/payments/providers/agentcard/connect|{}|return_url",
            "POST|/api/payments/providers/agentcard/connect|{\"return_url\":\"http://admin.example.org\"}|return_url",
            "POST|/api/payments/handles/12345/connect||handle",
            "GET|/api/payments/handles/not%20a%20handle/connection||handle",
            "DELETE|/api/payments/handles/%2B1/connection||handle",
            "POST|/api/payments/handles/%2B15551230045/verify|{\"connect_id\":\"conn_1\"}|code",
            "POST|/api/payments/handles/%2B15551230045/verify|{\"code\":\"12 34\",\"connect_id\":\"conn_1\"}|code",
            "POST|/api/payments/handles/%2B15551230045/verify|{\"code\":\"123456\"}|connect_id",
            "GET|/api/payments/x%7Cy||payment_id",
            "POST|/api/payments/x%7Cy/cancel||payment_id",
            "GET|/api/payments/x%7Cy/credentials||payment_id" })
    void refusesBadInputWithoutCallingLinq(String method, String path, String body, String field) {
        int before = SandboxControl.totalRequests();
        var request = api().urlEncodingEnabled(false);
        if (body != null) {
            request = request.body(body);
        }
        request.request(method, path).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(field));
        assertEquals(before, SandboxControl.totalRequests(), "nothing reaches Linq");
    }
}
