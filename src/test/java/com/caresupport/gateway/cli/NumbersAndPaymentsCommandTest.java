package com.caresupport.gateway.cli;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.caresupport.gateway.cli.InProcessCli.Run;
import com.caresupport.gateway.testing.LinqTestSupport;
import com.caresupport.gateway.testing.SandboxControl;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The {@code numbers} and {@code payments} verbs, run in-process on the test application's beans. */
@QuarkusTest
class NumbersAndPaymentsCommandTest extends LinqTestSupport {

    private static final String CUSTOMER = "+15551230047";

    @Inject
    InProcessCli cli;

    private Run run(String... args) {
        return cli.run(args);
    }

    @Test
    void everyNewVerbHasHelp() {
        for (List<String> verb : List.of(List.of("numbers"), List.of("numbers", "update"),
                List.of("numbers", "audit", "get"), List.of("payments", "credentials"),
                List.of("payments", "handle", "verify"), List.of("payments", "requests", "list"))) {
            String[] args = java.util.stream.Stream.concat(verb.stream(), java.util.stream.Stream.of("--help"))
                    .toArray(String[]::new);
            Run help = run(args);
            assertEquals(0, help.exit(), verb + ": " + help.err());
            assertThat(help.out(), containsString("Usage: linq " + String.join(" ", verb)));
        }
    }

    @Test
    void updatesForwardingAndListsIt() {
        Run update = run("numbers", "update", "--id", "line-1", "--forwarding-number", "+15551230001");
        assertEquals(0, update.exit(), update.err());
        assertThat(update.out(), containsString("forwards calls to +15551230001"));

        Run list = run("numbers", "list", "--json");
        assertEquals(0, list.exit(), list.err());
        assertThat(list.out(), containsString("\"forwarding_number\":\"+15551230001\""));

        Run clear = run("numbers", "update", "--id", "line-1", "--clear");
        assertEquals(0, clear.exit(), clear.err());
        assertThat(clear.out(), containsString("forwards calls to nowhere"));
    }

    @Test
    void refusesABadNumberWithExitTwoAndNoLinqCall() {
        int before = SandboxControl.totalRequests();
        Run bad = run("numbers", "update", "--id", "line-1", "--forwarding-number", "5551230001");
        assertEquals(CliErrors.INVALID, bad.exit());
        assertThat(bad.err(), containsString("--forwarding-number"));
        Run both = run("numbers", "update", "--id", "line-1", "--forwarding-number", "+15551230001", "--clear");
        assertEquals(CliErrors.INVALID, both.exit());
        Run group = run("payments", "handle");
        assertEquals(CliErrors.INVALID, group.exit());
        assertThat(group.err(), containsString("verify"));
        assertEquals(before, SandboxControl.totalRequests());
    }

    @Test
    void runsAnAuditAndSuggestsALine() {
        Run started = run("numbers", "audit", "create", "--phone", SandboxControl.LINE, "--json");
        assertEquals(0, started.exit(), started.err());
        String auditId = io.restassured.path.json.JsonPath.from(started.out()).getString("audit_id");
        // One audit per line at a time: Linq refuses a second while the first is pending.
        Run refused = run("numbers", "audit", "create", "--phone", SandboxControl.LINE);
        assertEquals(CliErrors.REJECTED, refused.exit(), refused.err());
        assertThat(refused.err(), containsString("code 1006"));

        Run audit = run("numbers", "audit", "get", "--phone", SandboxControl.LINE, "--id", auditId);
        assertEquals(0, audit.exit(), audit.err());
        assertThat(audit.out(), containsString("Severity: HEALTHY"));

        Run available = run("numbers", "available", "--exclude-from", SandboxControl.LINE);
        assertEquals(0, available.exit(), available.err());
        assertThat(available.out(), containsString("+15555550101"));
    }

    @Test
    void hidesTheCardTokenUnlessAskedFor() {
        String connectId = SandboxControl.linq().post("/payments/handles/{h}/connect", CUSTOMER).then()
                .statusCode(200).extract().path("connect_id");
        Run verify = run("payments", "handle", "verify", "--handle", CUSTOMER, "--code", "123456",
                "--connect-id", connectId);
        assertEquals(0, verify.exit(), verify.err());
        assertThat(verify.out(), containsString("connected"));
        String id = SandboxControl.linq().body(Map.of("amount_cents", 500, "currency", "usd", "handle", CUSTOMER))
                .post("/payments").then().statusCode(201).extract().path("id");

        Run json = run("payments", "credentials", "--id", id, "--json");
        assertEquals(0, json.exit(), json.err());
        assertThat(json.out(), containsString("\"card_ref\""));
        assertThat(json.out(), not(containsString("ut_")));
        Run text = run("payments", "credentials", "--id", id);
        assertThat(text.out(), not(containsString("ut_")));

        Run shown = run("payments", "credentials", "--id", id, "--json", "--show-token");
        assertEquals(0, shown.exit(), shown.err());
        assertThat(shown.out(), containsString("\"user_token\":\"ut_"));

        Run cancel = run("payments", "cancel", "--id", id, "--json");
        assertEquals(0, cancel.exit(), cancel.err());
        assertThat(cancel.out(), containsString("\"status\":\"canceled\""));
        assertTrue(run("payments", "get", "--id", id).out().contains("canceled"));
    }
}
