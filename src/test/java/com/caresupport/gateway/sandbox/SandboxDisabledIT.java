package com.caresupport.gateway.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.caresupport.gateway.testing.GatewayProcess;
import io.restassured.specification.RequestSpecification;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The packaged gateway in prod, where the sandbox is off unless enabled: nothing answers under {@code /sandbox}. */
class SandboxDisabledIT {

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
    void sandboxPathsAreNotFound() throws Exception {
        try (GatewayProcess gateway = new GatewayProcess(Files.createTempDirectory("linq-gateway-off"))
                .start("-Dlinq.sandbox.enabled=false")) {
            gateway.http().auth().oauth2("sandbox-token").get("/sandbox/linq/api/partner/v3/chats").then().statusCode(404);
            gateway.http().post("/sandbox/control/reset").then().statusCode(404);
            gateway.http().get("/sandbox/control/counters").then().statusCode(404);
            gateway.management().get("/q/health/ready").then().statusCode(200);
        }
    }

    @Test
    void everyMethodPathAndBodyUnderSandboxIsNotFound() throws Exception {
        try (GatewayProcess gateway = new GatewayProcess(Files.createTempDirectory("linq-gateway-off"))
                .start("-Dlinq.sandbox.enabled=false")) {
            List<String> answered = new ArrayList<>();
            for (String path : PATHS) {
                for (String method : METHODS) {
                    for (Body body : BODIES) {
                        RequestSpecification request = gateway.http();
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
}
