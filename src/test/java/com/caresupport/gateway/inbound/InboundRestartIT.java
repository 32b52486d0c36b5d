package com.caresupport.gateway.inbound;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.caresupport.gateway.testing.GatewayProcess;
import com.caresupport.gateway.testing.SandboxControl;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * A polling gateway stopped and started again polls again at once (its stop handed back the poll's lease) and
 * does not take in, or hand to its observers, the inbound messages it already handled, although Linq still
 * lists them. Linq here is a second gateway process serving only its sandbox, so Linq's state outlives the
 * restart of the gateway under test.
 */
class InboundRestartIT {

    private static final String FAMILY = "+15557770123";

    @Test
    void aRestartedPollerDoesNotHandleOldInboundMessagesAgain() throws Exception {
        try (GatewayProcess linq = new GatewayProcess(Files.createTempDirectory("linq-sandbox")).start(
                "-Dgateway.inbound.poller.enabled=false");
                GatewayProcess gateway = new GatewayProcess(Files.createTempDirectory("linq-gateway-inbound"))) {
            String[] pollingAgainstLinq = {"-Dlinq.sandbox.enabled=false",
                    "-Dlinq.base-url=http://localhost:" + linq.port() + "/sandbox/linq/api/partner",
                    "-Dgateway.inbound.poller.enabled=true", "-Dgateway.inbound.poller.interval=30s",
                    "-Dgateway.inbound.poller.delay=1s"};
            // Each message is in Linq before its gateway starts, so each start's first poll (after a second) finds
            // it; the next poll would be 30 s later, and the lease a poll takes lasts 90 s.
            String first = inject(linq, "Is the visit still at 3?");
            gateway.start(pollingAgainstLinq);
            Map<String, Object> handled = awaitHandled(gateway, first);
            assertEquals("poll", handled.get("source"));
            // The packaged gateway has no IncomingMessage observer, so the message is stored already handled,
            // without a hand-over attempt; the restart below must leave that record exactly as it is.
            assertEquals(0, handled.get("attempts"));

            gateway.stop();
            // The second message is in the same chat, so the poll that finds it has read the first one again.
            String second = inject(linq, "Thanks, see you then");
            gateway.start(pollingAgainstLinq);
            awaitHandled(gateway, second);

            List<Map<String, Object>> stored = inbound(gateway);
            assertEquals(2, stored.size(), "one stored inbound message per Linq message: " + stored);
            Map<String, Object> firstAfterRestart = stored.stream()
                    .filter(m -> first.equals(m.get("message_id"))).findFirst().orElseThrow();
            assertEquals(handled, firstAfterRestart, "the first message was not handled again");
        }
    }

    private static String inject(GatewayProcess linq, String text) {
        return SandboxControl.inbound(linq.http(), FAMILY, text).getString("message_id");
    }

    private static Map<String, Object> awaitHandled(GatewayProcess gateway, String messageId) {
        // Well under the 90 s lease: a restart that had to wait out its own former lease would not make it.
        return Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(250))
                .until(() -> inbound(gateway).stream()
                        .filter(m -> messageId.equals(m.get("message_id")) && "handled".equals(m.get("state")))
                        .findFirst().orElse(null), m -> m != null);
    }

    private static List<Map<String, Object>> inbound(GatewayProcess gateway) {
        return gateway.api().get("/api/inbound").then().statusCode(200).extract().jsonPath().getList("messages");
    }
}
