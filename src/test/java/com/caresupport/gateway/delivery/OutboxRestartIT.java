package com.caresupport.gateway.delivery;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The packaged gateway, stopped and started again: messages it accepted as queued survive the restart in
 * its file database and are each delivered once by the next run. Each run has a fresh Linq sandbox, so the
 * second sandbox's counters show exactly what the second run sent.
 */
class OutboxRestartIT {

    private static final Path JAR = Path.of("target/quarkus-app/quarkus-app.jar");
    private static final String KEY = "restart-test-key";
    private static final int MESSAGES = 4;
    private static final Set<String> DELIVERED = Set.of("pending", "sent", "delivered", "read");

    private Process gateway;

    @AfterEach
    void stop() throws InterruptedException {
        if (gateway != null) {
            gateway.destroy();
            gateway.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void queuedMessagesAreDeliveredOnceAfterARestart() throws Exception {
        assertTrue(Files.exists(JAR), "package the gateway first: " + JAR);
        Path data = Files.createTempDirectory("linq-gateway-restart");
        int port = freePort();

        gateway = start(port, data);
        given(port).contentType("application/json")
                .body(Map.of("path", "^/chats$", "method", "POST", "status", 503, "count", 100000))
                .post("/sandbox/control/faults").then().statusCode(201);
        List<String> queued = new ArrayList<>();
        for (int i = 0; i < MESSAGES; i++) {
            queued.add(api(port).body(Map.of("to_phone", "+1555123000" + i, "initial_message", "Reminder " + i))
                    .post("/api/chats").then().statusCode(202).extract().path("local_id"));
        }
        gateway.destroy();
        assertTrue(gateway.waitFor(30, TimeUnit.SECONDS), "the gateway stops on SIGTERM");

        gateway = start(port, data);
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() ->
                queued.stream().allMatch(id -> DELIVERED.contains(
                        api(port).get("/api/messages/{id}", id).then().extract().<String>path("delivery_status"))));

        JsonPath counters = given(port).get("/sandbox/control/counters").then().statusCode(200).extract().jsonPath();
        assertEquals(MESSAGES, counters.getInt("messages_created"));
        assertEquals(0, counters.getInt("idempotency_repeats"));
        assertEquals(MESSAGES, counters.getInt("requests.'POST /v3/chats'"));
    }

    private static Process start(int port, Path data) throws IOException {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dquarkus.http.port=" + port,
                "-Dlinq.sandbox.enabled=true",
                "-Dlinq.api-token=sandbox-token",
                "-Dlinq.phone-number=+15555550100",
                "-Dlinq.base-url=http://localhost:" + port + "/sandbox/linq/api/partner",
                "-Dgateway.api.keys=" + KEY,
                "-Dquarkus.datasource.jdbc.url=jdbc:h2:file:" + data.resolve("gateway").toAbsolutePath(),
                "-Dgateway.outbox.interval=1s",
                "-Dgateway.outbox.backoff=1s",
                "-Dquarkus.fault-tolerance.\"com.caresupport.gateway.linq.LinqCalls/deduplicated\".retry.delay=50",
                "-jar", JAR.toString());
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(new File("target/outbox-restart-it.log")))
                .start();
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).ignoreExceptions()
                .until(() -> given(port).get("/q/health/ready").statusCode() == 200);
        return process;
    }

    private static RequestSpecification given(int port) {
        return io.restassured.RestAssured.given().port(port);
    }

    private static RequestSpecification api(int port) {
        return given(port).auth().oauth2(KEY).contentType("application/json");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
