package com.caresupport.gateway.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.junit.main.Launch;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A gateway with no Linq token and no sandbox must refuse to start, naming the variable to set. */
@QuarkusMainTest
@TestProfile(StartupCheckTest.NoTokenNoSandbox.class)
class StartupCheckTest {

    public static class NoTokenNoSandbox implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("linq.sandbox.enabled", "false", "linq.api-token", "");
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
