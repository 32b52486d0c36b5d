package com.caresupport.gateway.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.caresupport.gateway.testing.GatewayProcess;
import io.restassured.path.json.JsonPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * The packaged gateway, stopped and started again: messages it accepted as queued survive the restart in
 * its file database and are each delivered once by the next run. Each run has a fresh Linq sandbox, so the
 * second sandbox's counters show exactly what the second run sent.
 */
class OutboxRestartIT {

    private static final int MESSAGES = 4;
    private static final Set<String> DELIVERED = Set.of("pending", "sent", "delivered", "read");

    @Test
    void queuedMessagesAreDeliveredOnceAfterARestart() throws Exception {
        Path data = Files.createTempDirectory("linq-gateway-restart");
        try (GatewayProcess gateway = new GatewayProcess(data).start()) {
            gateway.http().contentType("application/json")
                    .body(Map.of("path", "^/chats$", "method", "POST", "status", 503, "count", 100000))
                    .post("/sandbox/control/faults").then().statusCode(201);
            List<String> queued = new ArrayList<>();
            for (int i = 0; i < MESSAGES; i++) {
                queued.add(gateway.api().body(Map.of("to_phone", "+1555123000" + i, "initial_message", "Reminder " + i))
                        .post("/api/chats").then().statusCode(202).extract().path("local_id"));
            }
            gateway.stop();

            gateway.start();
            Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() ->
                    queued.stream().allMatch(id -> DELIVERED.contains(
                            gateway.api().get("/api/messages/{id}", id).then().extract().<String>path("delivery_status"))));

            JsonPath counters = gateway.http().get("/sandbox/control/counters").then().statusCode(200).extract().jsonPath();
            assertEquals(MESSAGES, counters.getInt("messages_created"));
            assertEquals(0, counters.getInt("idempotency_repeats"), "attempts per key: " + counters.getMap("idempotency_keys"));
            assertEquals(MESSAGES, counters.getInt("requests.'POST /v3/chats'"));
        }
    }
}
