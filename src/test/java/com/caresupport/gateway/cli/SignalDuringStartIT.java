package com.caresupport.gateway.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.caresupport.gateway.testing.GatewayProcess;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * A SIGTERM (a deploy rolled back, a node drained) that reaches the packaged gateway at the worst moment of a start:
 * while Flyway migrates a new embedded database. Left to the JVM, H2's exit hook closed the file under the migration,
 * which stayed half applied (H2 commits each DDL statement): every later start failed on "table already exists".
 * Now the start finishes, the gateway stops in order with the JVM's SIGTERM status and logs no error, and the next
 * start on the same database is ready. Three new databases, signalled as soon as their first migration begins.
 */
class SignalDuringStartIT {

    @Test
    void aSigtermWhileTheDatabaseIsMigratedLeavesOneTheNextStartAccepts() throws Exception {
        for (int round = 1; round <= 3; round++) {
            try (GatewayProcess gateway = new GatewayProcess(Files.createTempDirectory("linq-gateway-signal"))) {
                long mark = GatewayProcess.logSize();
                gateway.begin();
                Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(2))
                        .until(() -> GatewayProcess.logSince(mark).stream().anyMatch(l -> l.contains("Migrating schema")));
                int status = gateway.terminate();

                List<String> log = GatewayProcess.logSince(mark);
                assertEquals(128 + 15, status, "round " + round + ": exits as a JVM does on SIGTERM");
                assertEquals(List.of(), log.stream().filter(l -> l.contains("\"level\":\"ERROR\""))
                        .map(l -> l.substring(0, Math.min(400, l.length()))).limit(3).toList(),
                        "round " + round + ": no error logged");
                assertTrue(log.stream().anyMatch(l -> l.contains("started in")), "round " + round + ": the start finished");
                assertTrue(log.stream().anyMatch(l -> l.contains("stopped in")), "round " + round + ": then it stopped in order");

                gateway.start();
                gateway.management().get("/q/health/ready").then().statusCode(200);
            }
        }
    }

    /** Under {@code -Xrs} the JVM keeps SIGTERM and SIGINT to itself; the gateway used to fail its start on that. */
    @Test
    void aJvmThatKeepsItsSignalsStillStartsTheGatewayAndSaysSo() throws Exception {
        try (GatewayProcess gateway = new GatewayProcess(Files.createTempDirectory("linq-gateway-xrs"))) {
            long mark = GatewayProcess.logSize();
            gateway.start("-Xrs");
            gateway.management().get("/q/health/ready").then().statusCode(200);
            assertTrue(GatewayProcess.logSince(mark).stream().anyMatch(l -> l.contains("SIGTERM stays the JVM's")),
                    "the log says a stop will not finish the work in hand");
            gateway.terminate();
        }
    }
}
