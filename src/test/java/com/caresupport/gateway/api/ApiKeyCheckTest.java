package com.caresupport.gateway.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.junit.main.Launch;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A gateway whose API nobody could call must refuse to start, naming the variable to set. */
@QuarkusMainTest
@TestProfile(ApiKeyCheckTest.NoApiKeys.class)
class ApiKeyCheckTest {

    public static class NoApiKeys implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("gateway.api.keys", "");
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
