package com.caresupport.gateway.sandbox;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The packaged gateway in prod, where the sandbox is off by default: nothing answers under {@code /sandbox}. */
@QuarkusIntegrationTest
@TestProfile(SandboxDisabledIT.SandboxOff.class)
class SandboxDisabledIT {

    public static class SandboxOff implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("linq.api-token", "not-a-real-token", "gateway.api.keys", "it-key",
                    "quarkus.datasource.jdbc.url", "jdbc:h2:mem:sandbox-off");
        }
    }

    @Test
    void sandboxPathsAreNotFound() {
        given().auth().oauth2("sandbox-token").get("/sandbox/linq/api/partner/v3/chats").then().statusCode(404);
        given().post("/sandbox/control/reset").then().statusCode(404);
        given().get("/sandbox/control/counters").then().statusCode(404);
    }
}
