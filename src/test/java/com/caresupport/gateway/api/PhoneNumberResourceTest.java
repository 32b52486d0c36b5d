package com.caresupport.gateway.api;

import static com.caresupport.gateway.testing.GatewayApi.api;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.caresupport.gateway.testing.LinqTestSupport;
import com.caresupport.gateway.testing.SandboxControl;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The lines administration routes: forwarding, reputation audits, available number. */
@QuarkusTest
class PhoneNumberResourceTest extends LinqTestSupport {

    private static final String LINE = SandboxControl.LINE;

    @Test
    void setsAndClearsForwardingAndListsIt() {
        api().body(Map.of("forwarding_number", "+15551230001")).put("/api/phone-numbers/line-1").then()
                .statusCode(200).body("success", equalTo(true)).body("id", equalTo("line-1"))
                .body("phone_number", equalTo(LINE)).body("forwarding_number", equalTo("+15551230001"));
        api().get("/api/phone-numbers").then().statusCode(200)
                .body("phone_numbers.find { it.id == 'line-1' }.forwarding_number", equalTo("+15551230001"));

        api().body(Map.of("forwarding_number", "")).put("/api/phone-numbers/line-1").then()
                .statusCode(200).body("forwarding_number", nullValue());
        assertEquals(Map.of("forwarding_number", ""),
                SandboxControl.received("PUT", "/phone_numbers/line-1$").get(1).get("body"));
    }

    @Test
    void mapsLinqsNotFound() {
        api().body(Map.of("forwarding_number", "+15551230001")).put("/api/phone-numbers/line-99").then()
                .statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("urn:linq-gateway:problem:linq-rejected")).body("linq_code", equalTo(2001));
    }

    @Test
    void startsAnAuditAndReadsItsReport() {
        String auditId = api().post("/api/phone-numbers/{p}/reputation-audits", LINE).then().statusCode(202)
                .body("status", equalTo("pending")).body("phone_number", equalTo(LINE))
                .extract().path("audit_id");

        api().get("/api/phone-numbers/{p}/reputation-audits/{a}", LINE, auditId).then().statusCode(200)
                .body("audit_id", equalTo(auditId)).body("status", equalTo("complete"))
                .body("phone_number", equalTo(LINE)).body("generated_at", notNullValue())
                .body("report.severity", equalTo("HEALTHY"))
                .body("report.action_items[0].priority", equalTo(1))
                .body("report.summary_markdown", startsWith("# Reputation"));
    }

    @Test
    void passesOnLinqsCooldownWithItsRetryAfter() {
        String auditId = api().post("/api/phone-numbers/{p}/reputation-audits", LINE).then().statusCode(202)
                .extract().path("audit_id");
        api().post("/api/phone-numbers/{p}/reputation-audits", LINE).then().statusCode(409)
                .contentType("application/problem+json").body("linq_code", equalTo(1006));
        api().get("/api/phone-numbers/{p}/reputation-audits/{a}", LINE, auditId).then().statusCode(200);

        int calls = SandboxControl.requests("POST /v3/phone_numbers/{phoneNumber}/reputation_audit");
        api().post("/api/phone-numbers/{p}/reputation-audits", LINE).then()
                .statusCode(org.hamcrest.Matchers.anyOf(equalTo(429), equalTo(503)))
                .contentType("application/problem+json").header("Retry-After", notNullValue());
        assertEquals(calls + 1, SandboxControl.requests("POST /v3/phone_numbers/{phoneNumber}/reputation_audit"),
                "an audit start is not repeated");
    }

    @Test
    void suggestsALineFromRepeatedOrCommaSeparatedParameters() {
        api().queryParam("exclude_from", LINE).queryParam("to", "+15551230001,ana@example.org")
                .get("/api/available-number").then().statusCode(200)
                .body("phone_number", equalTo("+15555550101")).body("vcf_url", startsWith("https://"));
        api().queryParam("to", "+15551230001").queryParam("to", "+15551230002").get("/api/available-number").then()
                .statusCode(200).body("phone_number", notNullValue());
        assertEquals("to=+15551230001,+15551230002", java.net.URLDecoder.decode(
                (String) SandboxControl.received("GET", "/available_number$").get(1).get("query"),
                java.nio.charset.StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "PUT|/api/phone-numbers/line-1|{}|forwarding_number",
            "PUT|/api/phone-numbers/line-1|{\"forwarding_number\":null}|forwarding_number",
            "PUT|/api/phone-numbers/line-1|{\"forwarding_number\":\"5551230001\"}|forwarding_number",
            "PUT|/api/phone-numbers/line%201|{\"forwarding_number\":\"+15551230001\"}|phone_number_id",
            "POST|/api/phone-numbers/15555550100/reputation-audits||phone_number",
            "GET|/api/phone-numbers/+15555550100/reputation-audits/a%20b||audit_id",
            "GET|/api/phone-numbers/abc/reputation-audits/a1||phone_number",
            "GET|/api/available-number?to=not-a-handle||to[0]",
            "GET|/api/available-number?exclude_from=ana@example.org||exclude_from[0]",
            "GET|/api/available-number?to=+15551230001,||to[1]" })
    void refusesBadInputWithoutCallingLinq(String method, String path, String body, String field) {
        int before = SandboxControl.totalRequests();
        var request = api().urlEncodingEnabled(false);
        if (body != null) {
            request = request.body(body);
        }
        request.request(method, path.replace("+", "%2B")).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem(field));
        assertEquals(before, SandboxControl.totalRequests(), "nothing reaches Linq");
    }
}
