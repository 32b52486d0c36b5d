package com.caresupport.gateway.delivery;

import com.caresupport.gateway.testing.GatewayProcess;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/**
 * The packaged gateway on its default embedded database, killed (SIGKILL) at random moments during streams of
 * sends while Linq is up, failing and slow, and restarted from the same working directory each time: every
 * acknowledged send reaches Linq exactly once, under one idempotency key. See {@link CrashScenario}.
 */
class CrashIT {

    @Test
    void everyAcknowledgedSendReachesLinqOnceThroughRandomKills() throws Exception {
        try (GatewayProcess linq = new GatewayProcess(Files.createTempDirectory("linq-sandbox"))
                .start("-Dgateway.inbound.poller.enabled=false");
                GatewayProcess gateway = new GatewayProcess(GatewayProcess.JAR, Files.createTempDirectory("linq-gateway-crash"))) {
            new CrashScenario("H2, default database", linq, gateway, CrashScenario.againstLinq(linq)).run();
        }
    }
}
