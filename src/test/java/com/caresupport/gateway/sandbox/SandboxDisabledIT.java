package com.caresupport.gateway.sandbox;

import static com.caresupport.gateway.testing.Management.management;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.caresupport.gateway.testing.PackagedGatewayProfile;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The packaged gateway in prod, where the sandbox is off unless enabled: nothing answers under {@code /sandbox}. */
@QuarkusIntegrationTest
@TestProfile(SandboxDisabledIT.SandboxOff.class)
class SandboxDisabledIT {

    /** The packaged gateway with the sandbox left off, as prod ships it. */
    public static class SandboxOff extends PackagedGatewayProfile {
        @Override
        protected Map<String, String> overrides() {
            return Map.of("linq.sandbox.enabled", "false");
        }
    }

    private static final List<String> PATHS = List.of("/sandbox", "/sandbox/control/reset", "/sandbox/control/faults",
            "/sandbox/control/inbound", "/sandbox/control/counters", "/sandbox/linq/api/partner/v3/chats",
            "/sandbox/uploads/some-id", "/sandbox/no/such/thing");
    private static final List<String> METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "HEAD");

    /** A body (text or bytes) and its content type. */
    private record Body(String contentType, Object content) {
    }

    private static final List<Body> BODIES = List.of(new Body(null, null),
            new Body("application/json", "{\"path\":\"^/chats$\",\"status\":503}"),
            new Body("application/json", "{not json"),
            new Body("text/plain", "hello"),
            new Body("application/octet-stream", new byte[1024 * 1024]),
            new Body("application/x-www-form-urlencoded", "from=%2B15551230001&text=hi"));

    @Test
    void sandboxPathsAreNotFound() {
        given().auth().oauth2("sandbox-token").get("/sandbox/linq/api/partner/v3/chats").then().statusCode(404);
        given().post("/sandbox/control/reset").then().statusCode(404);
        given().get("/sandbox/control/counters").then().statusCode(404);
        // The same gateway serves its API, so the 404s above are the sandbox's absence, not a dead server.
        given().auth().oauth2(PackagedGatewayProfile.API_KEY).get("/api/outbox").then().statusCode(200);
        management().get("/health/ready").then().statusCode(200);
    }

    @Test
    void everyMethodPathAndBodyUnderSandboxIsNotFound() {
        List<String> answered = new ArrayList<>();
        for (String path : PATHS) {
            for (String method : METHODS) {
                for (Body body : BODIES) {
                    RequestSpecification request = given();
                    if (body.content() instanceof byte[] bytes) {
                        request = request.contentType(body.contentType()).body(bytes);
                    } else if (body.content() instanceof String text) {
                        request = request.contentType(body.contentType()).body(text);
                    }
                    int status = request.request(method, path).statusCode();
                    if (status != 404) {
                        answered.add(method + " " + path + " " + body.contentType() + " -> " + status);
                    }
                }
            }
        }
        assertEquals(List.of(), answered, "with the sandbox off, every request under /sandbox is 404");
    }
}
