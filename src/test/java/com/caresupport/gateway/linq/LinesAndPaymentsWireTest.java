package com.caresupport.gateway.linq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.caresupport.gateway.linq.wire.AvailableNumber;
import com.caresupport.gateway.linq.wire.HandleVerifyRequest;
import com.caresupport.gateway.linq.wire.Payment;
import com.caresupport.gateway.linq.wire.PaymentCredentials;
import com.caresupport.gateway.linq.wire.PaymentHandleConnection;
import com.caresupport.gateway.linq.wire.PaymentProvider;
import com.caresupport.gateway.linq.wire.PaymentRequest;
import com.caresupport.gateway.linq.wire.PaymentRequestPage;
import com.caresupport.gateway.linq.wire.PhoneNumberUpdate;
import com.caresupport.gateway.linq.wire.ProviderConnectRequest;
import com.caresupport.gateway.linq.wire.ProviderConnectSession;
import com.caresupport.gateway.linq.wire.ReputationAudit;
import com.caresupport.gateway.linq.wire.ReputationAuditStarted;
import com.caresupport.gateway.linq.wire.UpdatedPhoneNumber;
import com.caresupport.gateway.testing.LinqTestSupport;
import com.caresupport.gateway.testing.SandboxControl;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Each lines and payments administration method of {@link LinqClient} against the sandbox: the request has the
 * method, path, query and body of Linq's SDK, and the answer parses into the typed record with the SDK's fields.
 */
@QuarkusTest
class LinesAndPaymentsWireTest extends LinqTestSupport {

    private static final String LINE = SandboxControl.LINE;
    private static final String CUSTOMER = "+15551230044";

    @Inject
    LinqClient linq;

    /** The one request Linq received on {@code method} whose path matches {@code pathRegex} exactly. */
    private static Map<String, Object> only(String method, String pathRegex) {
        List<Map<String, Object>> received = SandboxControl.received(method, "^" + pathRegex + "$");
        assertEquals(1, received.size(), method + " " + pathRegex + ": " + received);
        return received.get(0);
    }

    private static String query(Map<String, Object> request) {
        Object raw = request.get("query");
        return raw == null ? null : URLDecoder.decode((String) raw, StandardCharsets.UTF_8);
    }

    @Test
    void updatesForwardingWithAPut() {
        UpdatedPhoneNumber updated = linq.updatePhoneNumber("line-1", new PhoneNumberUpdate("+15551230001"));

        Map<String, Object> sent = only("PUT", "/phone_numbers/line-1");
        assertEquals(Map.of("forwarding_number", "+15551230001"), sent.get("body"));
        assertEquals("line-1", updated.id());
        assertEquals(LINE, updated.phoneNumber());
        assertEquals("+15551230001", updated.forwardingNumber());
    }

    @Test
    void clearsForwardingWithAnEmptyString() {
        linq.updatePhoneNumber("line-1", new PhoneNumberUpdate("+15551230001"));
        UpdatedPhoneNumber cleared = linq.updatePhoneNumber("line-1", new PhoneNumberUpdate(""));

        assertEquals(Map.of("forwarding_number", ""), SandboxControl.received("PUT", "/phone_numbers/line-1$").get(1).get("body"));
        assertNull(cleared.forwardingNumber());
        assertNull(linq.listPhoneNumbers().phoneNumbers().get(0).forwardingNumber());
    }

    @Test
    void startsAndReadsAReputationAudit() {
        ReputationAuditStarted started = linq.startReputationAudit(LINE);

        Map<String, Object> sent = only("POST", "/phone_numbers/\\+15555550100/reputation_audit");
        assertTrue(sent.get("body") == null || "".equals(sent.get("body")), "no body: " + sent);
        assertEquals("pending", started.status());
        assertNotNull(started.auditId());

        ReputationAudit audit = linq.getReputationAudit(LINE, started.auditId());
        only("GET", "/phone_numbers/\\+15555550100/reputation_audit/" + started.auditId());
        assertEquals(started.auditId(), audit.auditId());
        assertEquals("complete", audit.status());
        assertEquals(LINE, audit.phone());
        assertNotNull(audit.generatedAt());
        assertEquals("HEALTHY", audit.report().severity());
        assertEquals("", audit.report().primaryDriver());
        assertEquals(1L, audit.report().actionItems().get(0).priority());
        assertEquals("low", audit.report().actionItems().get(0).expectedImpact());
        assertTrue(audit.report().drivers().isEmpty());
        assertTrue(audit.report().evidence().unhealthyChats().isEmpty());
        assertTrue(audit.report().summaryMarkdown().contains(LINE));
    }

    @Test
    void asksForAnAvailableNumberWithCommaJoinedLists() {
        AvailableNumber number = linq.availableNumber(List.of("+15551230001", "+15551230002"), List.of(LINE));

        Map<String, Object> sent = only("GET", "/available_number");
        assertEquals("to=+15551230001,+15551230002&exclude_from=" + LINE, query(sent));
        assertEquals("+15555550101", number.phoneNumber());
        assertTrue(number.vcfUrl().startsWith("https://"), number.vcfUrl());
    }

    @Test
    void leavesEmptyListsOutOfTheQuery() {
        linq.availableNumber(List.of(), null);
        assertNull(only("GET", "/available_number").get("query"));
    }

    private static String createPaymentRequest() {
        SandboxControl.linq().body(Map.of("return_url", "https://admin.example.org/done"))
                .post("/payments/providers/stripe/connect").then().statusCode(200);
        return SandboxControl.linq().body(Map.of("amount", 2500, "currency", "usd", "description", "Ride",
                "metadata", Map.of("member", "m-1"))).post("/payment_requests").then().statusCode(201)
                .extract().path("id");
    }

    @Test
    void readsListsAndCancelsPaymentRequests() {
        String id = createPaymentRequest();

        PaymentRequest got = linq.getPaymentRequest(id);
        only("GET", "/payment_requests/" + id);
        assertEquals(id, got.id());
        assertEquals(2500L, got.amount());
        assertEquals("usd", got.currency());
        assertEquals("requested", got.status());
        assertEquals("payment", got.mode());
        assertEquals("payment_request", got.object());
        assertEquals("stripe", got.rail());
        assertEquals(Map.of("member", "m-1"), got.metadata());
        assertTrue(got.stripe().paymentIntentId().startsWith("pi_"));
        assertTrue(got.checkoutUrl().startsWith("https://"));
        assertNotNull(got.createdAt());
        assertNotNull(got.expiresAt());

        PaymentRequestPage page = linq.listPaymentRequests(5, 0, "requested");
        assertEquals("limit=5&offset=0&status=requested", query(only("GET", "/payment_requests")));
        assertEquals("list", page.object());
        assertFalse(page.hasMore());
        assertEquals(List.of(id), page.data().stream().map(PaymentRequest::id).toList());

        PaymentRequest canceled = linq.cancelPaymentRequest(id);
        assertNull(only("POST", "/payment_requests/" + id + "/cancel").get("query"));
        assertEquals("canceled", canceled.status());
    }

    @Test
    void readsAndConnectsAPaymentProvider() {
        PaymentProvider before = linq.getPaymentProvider("agentcard");
        only("GET", "/payments/providers/agentcard");
        assertEquals("agentcard", before.provider());
        assertEquals("disabled", before.status());

        ProviderConnectSession session = linq.connectPaymentProvider("agentcard",
                new ProviderConnectRequest("https://admin.example.org/payments"));
        assertEquals(Map.of("return_url", "https://admin.example.org/payments"),
                only("POST", "/payments/providers/agentcard/connect").get("body"));
        assertTrue(session.hostedUrl().startsWith("https://"), session.hostedUrl());
        assertNotNull(session.sessionId());
        assertEquals("pending", session.status());
    }

    @Test
    void connectsVerifiesReadsAndRevokesAHandle() {
        PaymentHandleConnection pending = linq.connectPaymentHandle(CUSTOMER);
        Map<String, Object> connect = only("POST", "/payments/handles/\\+15551230044/connect");
        assertTrue(connect.get("body") == null || "".equals(connect.get("body")), "no body: " + connect);
        assertEquals("pending", pending.status());
        assertEquals(CUSTOMER, pending.handle());
        assertTrue(pending.connectId().startsWith("conn_"), pending.connectId());

        PaymentHandleConnection connected = linq.verifyPaymentHandle(CUSTOMER,
                new HandleVerifyRequest("123456", pending.connectId()));
        assertEquals(Map.of("code", "123456", "connect_id", pending.connectId()),
                only("POST", "/payments/handles/\\+15551230044/verify").get("body"));
        assertEquals("connected", connected.status());
        assertNull(connected.connectId());

        assertEquals("connected", linq.getPaymentHandleConnection(CUSTOMER).status());
        only("GET", "/payments/handles/\\+15551230044/connection");

        assertEquals("revoked", linq.revokePaymentHandleConnection(CUSTOMER).status());
        only("DELETE", "/payments/handles/\\+15551230044/connection");
    }

    /** A payment for a connected customer, made on the sandbox directly: creating one is not this client's. */
    static String createPayment(String handle) {
        String connectId = SandboxControl.linq().post("/payments/handles/{h}/connect", handle).then().statusCode(200)
                .extract().path("connect_id");
        SandboxControl.linq().body(Map.of("code", "123456", "connect_id", connectId))
                .post("/payments/handles/{h}/verify", handle).then().statusCode(200);
        return SandboxControl.linq().body(Map.of("amount_cents", 1299, "currency", "usd", "handle", handle,
                "description", "Pharmacy co-pay")).post("/payments").then().statusCode(201).extract().path("id");
    }

    @Test
    void readsCancelsAndHandsOffAPayment() {
        String id = createPayment(CUSTOMER);

        Payment payment = linq.getPayment(id);
        only("GET", "/payments/" + id);
        assertEquals(id, payment.id());
        assertEquals(1299L, payment.amountCents());
        assertEquals("usd", payment.currency());
        assertEquals("Pharmacy co-pay", payment.description());
        assertEquals(CUSTOMER, payment.handle());
        assertEquals("ready", payment.status());

        PaymentCredentials credentials = linq.getPaymentCredentials(id);
        only("GET", "/payments/" + id + "/credentials");
        assertEquals("agentcard", credentials.handoff().provider());
        assertTrue(credentials.handoff().cardRef().startsWith("card_"));
        assertTrue(credentials.handoff().fetchUrl().startsWith("https://"));
        assertTrue(credentials.handoff().userToken().startsWith("ut_"));
        assertFalse(credentials.toString().contains(credentials.handoff().userToken()),
                "the token never appears in a log line: " + credentials);

        Payment canceled = linq.cancelPayment(id);
        only("POST", "/payments/" + id + "/cancel");
        assertEquals("canceled", canceled.status());
    }
}
