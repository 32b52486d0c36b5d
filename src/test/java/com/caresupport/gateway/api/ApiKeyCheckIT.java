package com.caresupport.gateway.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.junit.main.Launch;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainIntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The packaged gateway, started in prod with no API keys, refuses to start and names the variable to set. */
@QuarkusMainIntegrationTest
@TestProfile(ApiKeyCheckIT.NoApiKeys.class)
class ApiKeyCheckIT {

    public static class NoApiKeys implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("linq.sandbox.enabled", "true", "linq.api-token", "sandbox-token",
                    "quarkus.datasource.jdbc.url", "jdbc:h2:mem:api-key-check");
        }
    }

    @Test
    @Launch(value = {}, exitCode = 1)
    void startWithoutApiKeysFailsWithOneClearSentence(LaunchResult result) {
        String output = result.getOutput() + result.getErrorOutput();
        assertTrue(output.contains("GATEWAY_API_KEYS is not set"), () -> "start-up output was: " + output);
        assertEquals(1, result.exitCode());
    }
}
