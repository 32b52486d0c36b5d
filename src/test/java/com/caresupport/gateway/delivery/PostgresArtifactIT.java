package com.caresupport.gateway.delivery;

import static com.caresupport.gateway.testing.TestSigner.SECRET;
import static com.caresupport.gateway.testing.TestSigner.inbound;
import static com.caresupport.gateway.testing.TestSigner.signedDelivery;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.caresupport.gateway.testing.GatewayProcess;
import com.caresupport.gateway.testing.KillDuringBurst;
import com.caresupport.gateway.testing.PostgresRunCondition;
import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
                    .until(() -> createdKeys(linq).keySet().containsAll(keys));
            Map<String, Integer> created = createdKeys(linq);
            keys.forEach(key -> assertEquals(1, created.get(key), "Linq received " + key + " once"));
            assertEquals(QUEUED, linq.http().get("/sandbox/control/counters").then().extract().<Integer>path("messages_created"));
        }
    }

    /**
     * A rolling deploy while the gateway is busy in the background: the outbox's scheduled run is half-way through a
     * batch of queued sends (Linq answering each in 400 ms) and webhook deliveries keep arriving and being processed.
     * The stop (SIGTERM) lets the send and the events in hand finish and gives back the rest of the batch, before
     * Hibernate and the transaction manager close: nothing is logged as an error, no row stays leased to the stopped
     * instance, and after a restart Linq has made each send's message once and every stored event is processed.
     */
    @Test
    void aStopFinishesTheWorkInHandAndGivesBackTheRest() throws Exception {
        String name = "linq_gateway_stop_it";
        String[] database = freshDatabase(name);
        try (GatewayProcess linq = new GatewayProcess(Files.createTempDirectory("linq-sandbox"))
                .start("-Dgateway.inbound.poller.enabled=false");
                GatewayProcess gateway = new GatewayProcess(JAR, Files.createTempDirectory("linq-gateway-stop"), database)) {
            List<String> properties = new ArrayList<>(List.of(CrashScenario.againstLinq(linq)));
            properties.add("-Dlinq.webhook-signing-secret=" + SECRET);
            gateway.start(properties.toArray(String[]::new));
            String chatId = gateway.api().body(Map.of("to_phone", "+15551230023", "initial_message", "Hello"))
                    .post("/api/chats").then().statusCode(201).extract().path("chat_id");

            fault(linq, Map.of("path", "/messages$", "method", "POST", "status", 503, "count", 100000));
            List<String> keys = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                String key = "stop-queued-" + i;
                gateway.api().header("Idempotency-Key", key).body(Map.of("text", "Queued " + i))
                        .post("/api/chats/" + chatId + "/messages").then().statusCode(202);
                keys.add(key);
            }
            linq.http().delete("/sandbox/control/faults").then().statusCode(204);
            fault(linq, Map.of("path", "/messages$", "method", "POST", "latency_ms", 400, "count", 100000));
            Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                    .until(() -> keys.stream().filter(createdKeys(linq)::containsKey).count() >= 2);

            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            URI receiver = URI.create("http://localhost:" + gateway.port() + "/webhooks/linq");
            Path log = Path.of("target/gateway-process.log");
            long[] stoppedAt = {0};
            long pid = gateway.pid();
            KillDuringBurst.acknowledged(gateway, "evt_stop_", 100, Duration.ofSeconds(30),
                    id -> deliver(client, receiver, id).statusCode() == 200 ? Optional.of(id) : Optional.empty(),
                    stopping -> {
                        try {
                            stoppedAt[0] = Files.size(log);
                        } catch (java.io.IOException e) {
                            throw new IllegalStateException(e);
                        }
                        stopping.stop();
                    });

            byte[] written = Files.readAllBytes(log);
            List<String> errors = new String(written, (int) stoppedAt[0], written.length - (int) stoppedAt[0],
                    StandardCharsets.UTF_8).lines().filter(line -> line.contains("\"level\":\"ERROR\""))
                    .filter(line -> line.matches(".*\"processId\":" + pid + "\\b.*")).toList();
            assertEquals(List.of(), errors, "the stop logs no error");
            for (String table : List.of("outbox_entry", "webhook_event", "inbound_message")) {
                assertEquals(0, count(name, "select count(*) from " + table + " where leased_by is not null"),
                        table + ": no row stays leased to the stopped instance");
            }

            gateway.start(properties.toArray(String[]::new));
            Awaitility.await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> createdKeys(linq).keySet().containsAll(keys)
                            && count(name, "select count(*) from webhook_event where state <> 'PROCESSED'") == 0);
            // A send whose attempt timed out is tried again under its key, which Linq answers with the same message.
            assertEquals(1 + keys.size(), linq.http().get("/sandbox/control/counters").then().extract()
                    .<Integer>path("messages_created"),
                    "Linq created the chat's first message and each send once; attempts per key: " + createdKeys(linq));
        }
    }

    private static void fault(GatewayProcess linq, Map<String, Object> fault) {
        linq.http().contentType("application/json").body(fault).post("/sandbox/control/faults").then().statusCode(201);
    }

    private static HttpResponse<String> deliver(HttpClient client, URI receiver, String id) throws Exception {
        String body = inbound(id, "msg-" + id, "chat-stop", "+15551230024", "See you at ten");
        return client.send(signedDelivery(receiver, id, body), HttpResponse.BodyHandlers.ofString());
    }

    private static long count(String database, String query) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/" + database,
                "postgres", ""); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static Map<String, Integer> createdKeys(GatewayProcess linq) {
        Map<String, Integer> keys = linq.http().get("/sandbox/control/counters").then().statusCode(200).extract()
                .jsonPath().getMap("idempotency_keys");
        return keys == null ? Map.of() : keys;
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
