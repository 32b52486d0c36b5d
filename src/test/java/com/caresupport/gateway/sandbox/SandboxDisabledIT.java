package com.caresupport.gateway.sandbox;

import com.caresupport.gateway.testing.GatewayProcess;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** The packaged gateway in prod, where the sandbox is off unless enabled: nothing answers under {@code /sandbox}. */
class SandboxDisabledIT {

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
}
