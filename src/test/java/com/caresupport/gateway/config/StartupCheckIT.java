package com.caresupport.gateway.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.junit.main.Launch;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainIntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The packaged gateway, started in prod with no Linq token and no sandbox, refuses to start and names the
 * variable to set.
 */
@QuarkusMainIntegrationTest
@TestProfile(StartupCheckIT.NoTokenNoSandbox.class)
class StartupCheckIT {

    public static class NoTokenNoSandbox implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("linq.sandbox.enabled", "false", "gateway.api.keys", "it-key",
                    "quarkus.datasource.jdbc.url", "jdbc:h2:mem:startup-check");
        }
    }

    @Test
    @Launch(value = {}, exitCode = 1)
    void startWithoutTokenOrSandboxFailsWithOneClearSentence(LaunchResult result) {
        String output = result.getOutput() + result.getErrorOutput();
        assertTrue(output.contains(StartupCheck.MISSING_TOKEN), () -> "start-up output was: " + output);
        assertEquals(1, result.exitCode());
    }
}
