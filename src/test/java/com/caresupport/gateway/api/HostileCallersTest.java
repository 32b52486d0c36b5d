package com.caresupport.gateway.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.caresupport.gateway.testing.GatewayApi;
import com.caresupport.gateway.testing.LinqTestSupport;
import com.caresupport.gateway.testing.Management;
import com.caresupport.gateway.testing.SandboxControl;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;

/**
 * Hostile callers on every {@code /api} route, enumerated from the OpenAPI document so that a new route is
 * covered without editing this test: bodies that are not JSON, not an object, of the wrong types, of unknown
 * fields only or too large; control characters in the Idempotency-Key header; garbage path parameters. Each
 * answer is a 4xx problem+json, never a 5xx, and Linq is never called.
 */
@QuarkusTest
@Tag("persistence")
class HostileCallersTest extends LinqTestSupport {

    /** Over the API's body limit ({@code gateway.api.limits.max-body-bytes}, 256 KiB by default). */
    private static final int HUGE = 300 * 1024;

    /** A plausible value for each path parameter, used while another part of the request is the hostile one. */
    private static final Map<String, String> PATH_SAMPLES = Map.ofEntries(Map.entry("chat_id", "c1"),
            Map.entry("message_id", "m1"), Map.entry("handle", "+15551230004"), Map.entry("reaction_type", "love"),
            Map.entry("subscription_id", "s1"), Map.entry("id", "00000000-0000-0000-0000-000000000000"),
            Map.entry("attachment_id", "a1"), Map.entry("experience", "link"),
            Map.entry("phone_number_id", "line-1"), Map.entry("phone_number", "+15555550100"),
            Map.entry("audit_id", "a1"), Map.entry("payment_request_id", "pr1"), Map.entry("provider", "agentcard"),
            Map.entry("payment_id", "p1"));

    /** A valid body per route that takes one, so that only the hostile part can be refused. */
    private static final Map<String, String> BODY_SAMPLES = Map.ofEntries(
            Map.entry("POST /api/chats", "{\"to_phone\":\"+15551230001\",\"initial_message\":\"hi\"}"),
            Map.entry("POST /api/chats/{chat_id}/messages", "{\"text\":\"hi\"}"),
            Map.entry("POST /api/chats/{chat_id}/voice-memo", "{\"voice_memo_url\":\"https://cdn.example.org/m.m4a\"}"),
            Map.entry("POST /api/chats/{chat_id}/participants", "{\"handle\":\"+15551230004\"}"),
            Map.entry("PATCH /api/messages/{message_id}", "{\"text\":\"hi\"}"),
            Map.entry("POST /api/messages/{message_id}/reactions", "{\"reaction_type\":\"love\"}"),
            Map.entry("POST /api/attachments",
                    "{\"filename\":\"a.pdf\",\"content_type\":\"application/pdf\",\"size_bytes\":1000}"),
            Map.entry("POST /api/capability/check", "{\"handle\":\"+15551230004\"}"),
            Map.entry("POST /api/webhook-subscriptions",
                    "{\"target_url\":\"https://hooks.example.org/linq\",\"events\":[\"message.read\"]}"),
            Map.entry("POST /api/members", "{\"name\":\"Ana\",\"phone\":\"+15551230009\"}"),
            Map.entry("PUT /api/members/{id}", "{\"name\":\"Ana\",\"phone\":\"+15551230009\"}"),
            Map.entry("POST /api/members/{id}/chats", "{\"chat_id\":\"c1\"}"),
            Map.entry("PUT /api/chats/{chat_id}", "{\"display_name\":\"Care team\"}"),
            Map.entry("POST /api/chats/{chat_id}/background", "{\"type\":\"dynamic\",\"style\":\"sky\",\"variant\":\"dusk\"}"),
            Map.entry("POST /api/contact-card", "{\"phone_number\":\"+15555550100\",\"first_name\":\"Care\"}"),
            Map.entry("PATCH /api/contact-card", "{\"first_name\":\"Care\"}"),
            Map.entry("PUT /api/webhook-subscriptions/{subscription_id}", "{\"active\":true}"),
            Map.entry("POST /api/blocked-handles", "{\"handle\":\"+15551230004\"}"),
            Map.entry("PUT /api/phone-numbers/{phone_number_id}", "{\"forwarding_number\":\"+15551230001\"}"),
            Map.entry("POST /api/payments/providers/{provider}/connect",
                    "{\"return_url\":\"https://admin.example.org/payments\"}"),
            Map.entry("POST /api/payments/handles/{handle}/verify", "{\"code\":\"123456\",\"connect_id\":\"conn_1\"}"),
            Map.entry("POST /api/messages", "{\"to\":[\"+15551230001\"],\"text\":\"hi\"}"),
            Map.entry("POST /api/chats/{chat_id}/polls", "{\"options\":[\"Tuesday\",\"Thursday\"]}"),
            Map.entry("POST /api/messages/{message_id}/poll/options", "{\"options\":[\"Friday\"]}"),
            Map.entry("POST /api/messages/{message_id}/poll/votes", "{\"operation\":\"add\",\"option_id\":\"o-1\"}"),
            Map.entry("POST /api/messages/{message_id}/update", "{\"layout\":{\"caption\":\"Ride booked\"}}"),
            Map.entry("POST /api/payment-requests", "{\"chat_id\":\"c1\",\"amount\":2500,\"currency\":\"usd\"}"),
            Map.entry("POST /api/payments", "{\"amount_cents\":1299,\"currency\":\"usd\",\"handle\":\"+15551230004\"}"));

    /** Path parameter values no id, handle or type looks like (already percent-encoded). */
    private static final List<String> GARBAGE_PATH = List.of("%00", "%0D%0AX-Injected:%20yes", "..%2F..%2Fq%2Fhealth",
            "x".repeat(300), "%E2%80%AE%F0%9F%92%A3", "'%20OR%201=1--", "%25", "%20", "a%09b", "%7B%7D");

    /**
     * Idempotency-Key values with control characters, spaces or bytes outside visible ASCII, sent as raw header
     * bytes; the key is stored and passed on to Linq, so none of these may get through.
     */
    private static final List<String> HOSTILE_KEYS = List.of("key\u0001one", "key\u007F", "key\u001B[31m",
            "key\rX-Injected: yes", "key\u0000", "key\tone", "key one", "ключ-42", "k".repeat(256));

    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/")
    URL root;

    record Route(String method, String path, boolean hasBody, List<String> headers) {
        String name() {
            return method + " " + path;
        }
    }

    @TestFactory
    Stream<DynamicTest> hostileInputOnEveryApiRoute() throws Exception {
        List<Route> routes = routes();
        assertTrue(routes.size() >= 30, "the OpenAPI document lists the API's routes: " + routes);
        List<DynamicTest> tests = new ArrayList<>();
        for (Route route : routes) {
            if (route.hasBody()) {
                String sample = sample(route);
                body(tests, route, "malformed JSON", "{\"text\": ");
                body(tests, route, "a JSON array", "[" + sample + "]");
                body(tests, route, "a JSON string", "\"hi\"");
                body(tests, route, "a JSON number", "42");
                body(tests, route, "JSON null", "null");
                body(tests, route, "no body", "");
                body(tests, route, "unknown fields only", "{\"surprise\":1,\"nested\":{\"deep\":[true]}}");
                body(tests, route, "every field of the wrong type", wrongTypes(sample));
                tests.add(test(route.name() + ": not JSON at all", () -> refused(() ->
                        GatewayApi.api().contentType("text/plain").body(sample).urlEncodingEnabled(false)
                                .request(route.method(), path(route, null, null)))));
            }
            tests.add(test(route.name() + ": a body over the limit", () -> refused(() ->
                    GatewayApi.api().body("{\"text\":\"" + "x".repeat(HUGE) + "\"}").urlEncodingEnabled(false)
                            .request(route.method(), path(route, null, null)))));
            for (String header : route.headers()) {
                for (String value : HOSTILE_KEYS) {
                    tests.add(test(route.name() + ": " + header + " " + printable(value),
                            () -> refusedRaw(route, header, value)));
                }
            }
            for (String param : params(route.path())) {
                for (String garbage : GARBAGE_PATH) {
                    tests.add(test(route.name() + ": " + param + "=" + printable(garbage),
                            () -> refused(() -> withSampleBody(route).urlEncodingEnabled(false)
                                    .request(route.method(), path(route, param, garbage)))));
                }
            }
        }
        return tests.stream();
    }

    /** A dynamic test whose failure message starts with its name (surefire reports only an index). */
    private static DynamicTest test(String name, Executable check) {
        return DynamicTest.dynamicTest(name, () -> {
            try {
                check.execute();
            } catch (AssertionError e) {
                throw new AssertionError(name + ": " + e.getMessage(), e);
            }
        });
    }

    private void body(List<DynamicTest> tests, Route route, String what, String body) {
        tests.add(test(route.name() + ": " + what, () -> refused(() ->
                GatewayApi.api().body(body).urlEncodingEnabled(false).request(route.method(), path(route, null, null)))));
    }

    private static io.restassured.specification.RequestSpecification withSampleBody(Route route) {
        return route.hasBody() ? GatewayApi.api().body(sample(route)) : GatewayApi.api();
    }

    private static String sample(Route route) {
        String sample = BODY_SAMPLES.get(route.name());
        if (sample == null) {
            fail("Add a valid sample body for the new route " + route.name() + " to BODY_SAMPLES");
        }
        return sample;
    }

    /** The sample with every value swapped for one of another JSON type. */
    private static String wrongTypes(String sample) throws Exception {
        Map<String, Object> fields = JSON.readValue(sample, new TypeReference<Map<String, Object>>() {
        });
        Map<String, Object> wrong = new LinkedHashMap<>();
        fields.forEach((name, value) -> wrong.put(name, value instanceof Map<?, ?> || value instanceof List<?>
                ? "not-" + name : Map.of("not", name)));
        return JSON.writeValueAsString(wrong);
    }

    /** Sends the request and checks the refusal, and that Linq saw no call meanwhile. */
    private static void refused(Supplier<Response> request) {
        int before = SandboxControl.totalRequests();
        Response response = request.get();
        assertRefused(response.statusCode(), response.contentType(), response.asString());
        assertEquals(before, SandboxControl.totalRequests(), "a refused request must not reach Linq");
    }

    /** Header bytes no HTTP client library lets through, so they go over a plain socket. */
    private void refusedRaw(Route route, String header, String value) throws Exception {
        String body = route.hasBody() ? sample(route) : "";
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String head = route.method() + " " + path(route, null, null) + " HTTP/1.1\r\n"
                + "Host: " + root.getHost() + ":" + root.getPort() + "\r\n"
                + "Authorization: Bearer " + GatewayApi.DEV_KEY + "\r\n"
                + "Content-Type: application/json\r\n"
                + header + ": " + value + "\r\n"
                + "Content-Length: " + bytes.length + "\r\n"
                + "Connection: close\r\n\r\n";
        int before = SandboxControl.totalRequests();
        String answer;
        try (Socket socket = new Socket(root.getHost(), root.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.UTF_8));
            out.write(bytes);
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            answer = all.toString(StandardCharsets.UTF_8);
        }
        Matcher status = java.util.regex.Pattern.compile("^HTTP/1\\.1 (\\d{3})").matcher(answer);
        assertTrue(status.find(), "an HTTP answer: " + answer);
        Matcher type = java.util.regex.Pattern.compile("(?im)^content-type:\\s*([^\\r\\n;]+)").matcher(answer);
        int split = answer.indexOf("\r\n\r\n");
        if (value.chars().anyMatch(c -> c < 0x20 && c != '\t' || c == 0x7F)) {
            // Control characters other than a tab are not allowed in a header value at all: the HTTP server
            // refuses the request (400, no body) before any gateway code or Linq could see it.
            assertEquals(400, Integer.parseInt(status.group(1)), answer);
        } else {
            assertRefused(Integer.parseInt(status.group(1)), type.find() ? type.group(1).trim() : null,
                    split < 0 ? "" : answer.substring(split + 4));
        }
        assertEquals(before, SandboxControl.totalRequests(), "a refused request must not reach Linq");
    }

    private static void assertRefused(int status, String contentType, String body) {
        assertTrue(status >= 400 && status < 500, "a 4xx, not " + status + ": " + body);
        assertTrue(contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("application/problem+json"),
                "problem+json, not " + contentType + ": " + body);
        assertEquals(status, new JsonPath(body).getInt("status"), "the problem's status: " + body);
    }

    /** Every operation under /api in the OpenAPI document, with whether it takes a body and which headers. */
    @SuppressWarnings("unchecked")
    private static List<Route> routes() {
        Map<String, Map<String, Object>> paths = Management.management().queryParam("format", "json").get("/openapi").then()
                .statusCode(200).extract().jsonPath().getMap("paths");
        List<Route> routes = new ArrayList<>();
        paths.forEach((path, operations) -> {
            if (!path.startsWith("/api/")) {
                return;
            }
            operations.forEach((method, spec) -> {
                if (!(spec instanceof Map<?, ?> operation) || method.equals("parameters")) {
                    return;
                }
                List<String> headers = new ArrayList<>();
                Object declared = operation.get("parameters");
                for (Object p : declared == null ? List.of() : (List<Object>) declared) {
                    Map<String, Object> parameter = (Map<String, Object>) p;
                    if ("header".equals(parameter.get("in"))) {
                        headers.add((String) parameter.get("name"));
                    }
                }
                routes.add(new Route(method.toUpperCase(Locale.ROOT), path, operation.containsKey("requestBody"),
                        headers));
            });
        });
        return routes;
    }

    private static List<String> params(String path) {
        List<String> params = new ArrayList<>();
        Matcher m = java.util.regex.Pattern.compile("\\{([^}]+)}").matcher(path);
        while (m.find()) {
            params.add(m.group(1));
        }
        return params;
    }

    /** The route's path with sample values, and {@code garbage} (already encoded) in {@code param}. */
    private static String path(Route route, String param, String garbage) {
        String path = route.path();
        for (String name : params(path)) {
            String value = name.equals(param) ? garbage : PATH_SAMPLES.get(name);
            if (value == null) {
                fail("Add a sample value for the new path parameter " + name + " to PATH_SAMPLES");
            }
            path = path.replace("{" + name + "}", name.equals(param) ? value
                    : java.net.URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
        return path;
    }

    private static String printable(String value) {
        StringBuilder out = new StringBuilder();
        value.codePoints().limit(40).forEach(c -> out.append(c < 0x20 || c == 0x7F ? String.format("\\u%04x", c)
                : new String(Character.toChars(c))));
        return out + (value.length() > 40 ? "…" : "");
    }
}
