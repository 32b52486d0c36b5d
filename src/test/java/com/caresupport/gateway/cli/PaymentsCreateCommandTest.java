package com.caresupport.gateway.cli;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.caresupport.gateway.cli.InProcessCli.Run;
import com.caresupport.gateway.testing.LinqTestSupport;
import com.caresupport.gateway.testing.SandboxControl;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** {@code payments create} and {@code payments requests create}, run in-process through the send path. */
@QuarkusTest
@Tag("persistence")
class PaymentsCreateCommandTest extends LinqTestSupport {

    private static final String CUSTOMER = "+15551237901";

    @Inject
    InProcessCli cli;

    private Run run(String... args) {
        return cli.run(args);
    }

    @Test
    void bothVerbsHaveHelp() {
        Run create = run("payments", "create", "--help");
        assertEquals(0, create.exit(), create.err());
        assertThat(create.out(), containsString("--amount-cents"));
        Run request = run("payments", "requests", "create", "--help");
        assertEquals(0, request.exit(), request.err());
        assertThat(request.out(), containsString("--chat-id"));
    }

    @Test
    void createsAPaymentRequestForAChat() {
        SandboxControl.linq().body(Map.of("return_url", "https://admin.example.org/done"))
                .post("/payments/providers/stripe/connect").then().statusCode(200);
        String chatId = SandboxControl.openChat(CUSTOMER);

        Run created = run("payments", "requests", "create", "--chat-id", chatId, "--amount", "2500", "--currency",
                "usd", "--metadata", "visit=march", "--idempotency-key", "cli-pay-req-1", "--json");
        assertEquals(0, created.exit(), created.err());
        assertThat(created.out(), containsString("\"delivery_status\":\"sent\""));
        Run again = run("payments", "requests", "create", "--chat-id", chatId, "--amount", "2500", "--currency",
                "usd", "--metadata", "visit=march", "--idempotency-key", "cli-pay-req-1");
        assertEquals(0, again.exit(), again.err());
        assertThat(again.out(), containsString("earlier send with this idempotency key"));
        assertEquals(1, SandboxControl.requests("POST /v3/payment_requests"));
        assertEquals(Map.of("visit", "march"),
                SandboxControl.received("POST", "^/payment_requests$").get(0).get("body") instanceof Map<?, ?> body
                        ? body.get("metadata") : null);
    }

    @Test
    void createsAPaymentAndRefusesBadInputWithExitTwo() {
        Run bad = run("payments", "create", "--handle", "not-a-handle", "--amount-cents", "1299", "--currency", "usd");
        assertEquals(CliErrors.INVALID, bad.exit(), bad.out() + bad.err());
        assertThat(bad.err(), containsString("handle"));
        assertEquals(0, SandboxControl.totalRequests());

        Run created = run("payments", "create", "--handle", CUSTOMER, "--amount-cents", "1299", "--currency", "usd",
                "--merchant-name", "Main St Pharmacy", "--json");
        assertEquals(0, created.exit(), created.err());
        assertThat(created.out(), containsString("\"success\":true"));
        assertEquals(1, SandboxControl.requests("POST /v3/payments"));
    }
}
