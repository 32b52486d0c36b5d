package com.caresupport.gateway.sandbox;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With the sandbox off, as in production, nothing answers under {@code /sandbox}. */
@QuarkusTest
@TestProfile(SandboxDisabledTest.SandboxOff.class)
class SandboxDisabledTest {

    public static class SandboxOff implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("linq.sandbox.enabled", "false");
        }
    }

    @Test
    void sandboxPathsAreNotFound() {
        given().auth().oauth2("sandbox-token").get("/sandbox/linq/api/partner/v3/chats").then().statusCode(404);
        given().post("/sandbox/control/reset").then().statusCode(404);
        given().get("/sandbox/control/counters").then().statusCode(404);
    }
}
