package com.caresupport.gateway.config;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.caresupport.gateway.testing.GatewayProcess;
import com.caresupport.gateway.testing.GatewayProcess.Run;
import org.junit.jupiter.api.Test;

/**
 * The packaged gateway in prod refuses to start when it could not work, with one sentence that names the
 * variable to set.
 */
class StartupCheckIT {

    private static final String MEMORY_DB = "-Dquarkus.datasource.jdbc.url=jdbc:h2:mem:startup-check";

    @Test
    void withoutLinqTokenOrSandboxItRefusesToStart() throws Exception {
        Run run = GatewayProcess.launch(MEMORY_DB, "-Dgateway.api.keys=some-key");
        assertEquals(1, run.exitCode());
        assertThat(run.out() + run.err(), containsString(StartupCheck.MISSING_TOKEN));
    }

    @Test
    void withoutApiKeysItRefusesToStart() throws Exception {
        Run run = GatewayProcess.launch(MEMORY_DB, "-Dlinq.api-token=not-a-real-token");
        assertEquals(1, run.exitCode());
        assertThat(run.out() + run.err(), containsString("GATEWAY_API_KEYS is not set"));
    }
}
