package com.caresupport.gateway.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.caresupport.gateway.testing.GatewayProcess;
import com.caresupport.gateway.testing.PostgresRunCondition;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The PostgreSQL artifact built exactly as the README says ({@code ./mvnw package -Ppostgresql}, here into its
 * own output directory), run against the PostgreSQL at 127.0.0.1:5432 on databases of its own: it starts,
 * survives random kills like the H2 build, and two instances sharing one database deliver each queued message
 * once, and a stop in the middle of their work lets the work in hand finish and gives the rest back. Skipped, with
 * a message, where no PostgreSQL listens.
 */
class PostgresArtifactIT {

    private static final String OUTPUT = "postgresql-app";
    private static final Path JAR = Path.of("target", OUTPUT, "quarkus-run.jar");
    private static final int QUEUED = 30;

    @BeforeAll
    static void buildThePostgresqlArtifact() throws Exception {
        assumeTrue(PostgresRunCondition.isReachable(),
                "PostgreSQL artifact tests skipped: nothing listens on 127.0.0.1:5432 (the H2 build was tested)");
        // The nested build rewrites the marker that points at the main artifact; put it back afterwards.
        Path marker = Path.of("target", "quarkus-artifact.properties");
        byte[] original = Files.exists(marker) ? Files.readAllBytes(marker) : null;
        Process build = new ProcessBuilder(List.of("./mvnw", "-o", "-B", "-q", "package", "-Ppostgresql", "-DskipTests",
                "-Dquarkus.package.output-directory=" + OUTPUT)).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(new File("target/postgresql-build.log"))).start();
        assertTrue(build.waitFor(15, TimeUnit.MINUTES), "the PostgreSQL build finishes");
        if (original != null) {
            Files.write(marker, original);
        }
        assertEquals(0, build.exitValue(), "./mvnw package -Ppostgresql failed; see target/postgresql-build.log");
    }

    @Test
    void theArtifactSurvivesRandomKillsOnPostgresql() throws Exception {
        String[] database = freshDatabase("linq_gateway_crash_it");
        try (GatewayProcess linq = new GatewayProcess(Files.createTempDirectory("linq-sandbox"))
                .start("-Dgateway.inbound.poller.enabled=false");
                GatewayProcess gateway = new GatewayProcess(JAR, Files.createTempDirectory("linq-gateway-pg"), database)) {
            new CrashScenario("PostgreSQL artifact", linq, gateway, CrashScenario.againstLinq(linq)).run();
        }
    }

    @Test
    void twoInstancesSharingTheOutboxDeliverEachMessageOnce() throws Exception {
        String[] database = freshDatabase("linq_gateway_shared_it");
        try (GatewayProcess linq = new GatewayProcess(Files.createTempDirectory("linq-sandbox"))
                .start("-Dgateway.inbound.poller.enabled=false");
                GatewayProcess first = new GatewayProcess(JAR, Files.createTempDirectory("linq-gateway-a"), database);
                GatewayProcess second = new GatewayProcess(JAR, Files.createTempDirectory("linq-gateway-b"), database)) {
            String[] properties = CrashScenario.againstLinq(linq);
            first.start(properties);
            second.start(properties);
            linq.http().contentType("application/json")
                    .body(Map.of("path", "^/chats$", "method", "POST", "status", 503, "count", 100000))
                    .post("/sandbox/control/faults").then().statusCode(201);
            List<String> keys = new ArrayList<>();
            for (int i = 0; i < QUEUED; i++) {
                String key = "shared-outbox-" + i;
                (i % 2 == 0 ? first : second).api().header("Idempotency-Key", key)
                        .body(Map.of("to_phone", "+15551230001", "initial_message", "Shared " + i))
                        .post("/api/chats").then().statusCode(202);
                keys.add(key);
            }
            linq.http().delete("/sandbox/control/faults").then().statusCode(204);

            Awaitility.await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> StopMidWork.createdKeys(linq).keySet().containsAll(keys));
            Map<String, Integer> created = StopMidWork.createdKeys(linq);
            keys.forEach(key -> assertEquals(1, created.get(key), "Linq received " + key + " once"));
            assertEquals(QUEUED, linq.http().get("/sandbox/control/counters").then().extract().<Integer>path("messages_created"));
        }
    }

    /** A stop in the middle of the outbox's and the webhook processors' work ({@link StopMidWork}). */
    @Test
    void aStopFinishesTheWorkInHandAndGivesBackTheRest() throws Exception {
        String name = "linq_gateway_stop_it";
        String[] database = freshDatabase(name);
        try (GatewayProcess linq = new GatewayProcess(Files.createTempDirectory("linq-sandbox"))
                .start("-Dgateway.inbound.poller.enabled=false");
                GatewayProcess gateway = new GatewayProcess(JAR, Files.createTempDirectory("linq-gateway-stop"), database)) {
            StopMidWork.run(linq, gateway,
                    query -> StopMidWork.count("jdbc:postgresql://127.0.0.1:5432/" + name, "postgres", query));
        }
    }

    /** Drops and creates {@code name}; returns the properties that point the gateway at it. */
    private static String[] freshDatabase(String name) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "");
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + name);
        }
        return new String[] {"-Dquarkus.datasource.jdbc.url=jdbc:postgresql://127.0.0.1:5432/" + name,
                "-Dquarkus.datasource.username=postgres"};
    }
}
