package com.caresupport.gateway.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.caresupport.gateway.testing.GatewayProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A 2xx from the gateway means the message is on disk. Linq answers 503, so twenty sends are answered 202
 * {@code queued}; the gateway is killed with SIGKILL right after the last answer and started again from the
 * same working directory: all twenty are still there. Run on the default embedded database and on H2 file
 * URLs an operator might write, one of them asking H2 to delay its writes. Linq is a second gateway process
 * serving only its sandbox, so it outlives the crash.
 */
class KillAfterAcknowledgementIT {

    private static final int SENDS = 20;
    private static GatewayProcess linq;

    @BeforeAll
    static void startLinq() throws Exception {
        linq = new GatewayProcess(Files.createTempDirectory("linq-sandbox")).start("-Dgateway.inbound.poller.enabled=false");
    }

    @AfterAll
    static void stopLinq() throws Exception {
        linq.close();
    }

    @ParameterizedTest(name = "database URL: {0}")
    @ValueSource(strings = {"default", "jdbc:h2:./data/own-name", "jdbc:h2:file:./data/delayed;WRITE_DELAY=2000"})
    void queuedSendsSurviveAKillRightAfterTheLastAnswer(String url) throws Exception {
        linq.http().post("/sandbox/control/reset").then().statusCode(204);
        linq.http().contentType("application/json")
                .body(Map.of("path", "^/chats$", "method", "POST", "status", 503, "count", 100000))
                .post("/sandbox/control/faults").then().statusCode(201);
        Path directory = Files.createTempDirectory("linq-gateway-kill");
        String[] againstLinq = {"-Dlinq.sandbox.enabled=false",
                "-Dlinq.base-url=http://localhost:" + linq.port() + "/sandbox/linq/api/partner",
                "-Dgateway.inbound.poller.enabled=false"};
        GatewayProcess gateway = url.equals("default") ? new GatewayProcess(GatewayProcess.JAR.toAbsolutePath(), directory)
                : new GatewayProcess(GatewayProcess.JAR.toAbsolutePath(), directory, "-Dquarkus.datasource.jdbc.url=" + url);
        try (gateway) {
            gateway.start(againstLinq);
            List<String> queued = new ArrayList<>();
            for (int i = 0; i < SENDS; i++) {
                queued.add(gateway.api().body(Map.of("to_phone", "+15551230001", "initial_message", "Reminder " + i))
                        .post("/api/chats").then().statusCode(202).extract().path("local_id"));
            }
            gateway.kill();

            gateway.start(againstLinq);
            List<String> kept = queued.stream().filter(id -> gateway.api().get("/api/messages/{id}", id).statusCode() == 200)
                    .toList();
            assertEquals(queued, kept, "every message answered 202 is still stored after the kill");
        }
    }
}
