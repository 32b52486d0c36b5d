package com.caresupport.gateway.delivery;

import static com.caresupport.gateway.testing.TestSigner.SECRET;
import static com.caresupport.gateway.testing.TestSigner.inbound;
import static com.caresupport.gateway.testing.TestSigner.signedDelivery;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.caresupport.gateway.testing.GatewayProcess;
import com.caresupport.gateway.testing.KillDuringBurst;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.awaitility.Awaitility;

/**
 * A rolling deploy while the gateway is busy in the background: the outbox's scheduled run is half-way through a
 * batch of queued sends (Linq answering each in 400 ms), webhook deliveries keep arriving and being processed, and
 * the inbound poller pages through Linq's chats (300 ms a page). The stop (SIGTERM) lets the send, the events and
 * the chat in hand finish and gives back the rest of the batch, before Hibernate, the transaction manager and the
 * database close: nothing is logged as an error, no row stays leased to the stopped instance, and after a restart
 * Linq has made each send's message once and every stored event is processed. Run against each database the
 * gateway ships for.
 */
final class StopMidWork {

    /** Reads one number from the stopped, or restarted, gateway's database. */
    @FunctionalInterface
    interface Rows {
        long count(String query) throws Exception;
    }

    static void run(GatewayProcess linq, GatewayProcess gateway, Rows rows) throws Exception {
        List<String> properties = new ArrayList<>(List.of(CrashScenario.againstLinq(linq)));
        properties.add("-Dlinq.webhook-signing-secret=" + SECRET);
        // The inbound poller too, every second, each of its Linq calls slowed below, so that the stop often cuts a poll.
        properties.add("-Dgateway.inbound.poller.enabled=true");
        properties.add("-Dgateway.inbound.poller.interval=1s");
        properties.add("-Dgateway.inbound.poller.delay=1s");
        gateway.start(properties.toArray(String[]::new));
        String chatId = gateway.api().body(Map.of("to_phone", "+15551230023", "initial_message", "Hello"))
                .post("/api/chats").then().statusCode(201).extract().path("chat_id");

        // The poller's first run comes a second after the start; from then on it polls every second.
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> linq.http().get("/sandbox/control/counters").then().extract()
                        .<Integer>path("requests.'GET /v3/chats'") != null);
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
        fault(linq, Map.of("path", "/chats", "method", "GET", "latency_ms", 300, "count", 100000));
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> keys.stream().filter(createdKeys(linq)::containsKey).count() >= 2);

        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        URI receiver = URI.create("http://localhost:" + gateway.port() + "/webhooks/linq");
        long[] stoppedAt = {0};
        long pid = gateway.pid();
        KillDuringBurst.acknowledged(gateway, "evt_stop_", 100, Duration.ofSeconds(30),
                id -> deliver(client, receiver, id).statusCode() == 200 ? Optional.of(id) : Optional.empty(),
                stopping -> {
                    stoppedAt[0] = GatewayProcess.logSize();
                    stopping.stop();
                });

        List<String> errors = GatewayProcess.logSince(stoppedAt[0]).stream()
                .filter(line -> line.contains("\"level\":\"ERROR\"") || line.contains("Inbound poll failed"))
                .filter(line -> line.matches(".*\"processId\":" + pid + "\\b.*")).toList();
        assertEquals(List.of(), errors, "the stop logs no error, and no poll failed under it");
        for (String table : List.of("outbox_entry", "webhook_event", "inbound_message")) {
            assertEquals(0, rows.count("select count(*) from " + table + " where leased_by is not null"),
                    table + ": no row stays leased to the stopped instance");
        }

        gateway.start(properties.toArray(String[]::new));
        Awaitility.await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1))
                .until(() -> createdKeys(linq).keySet().containsAll(keys)
                        && rows.count("select count(*) from webhook_event where state <> 'PROCESSED'") == 0);
        // A send whose attempt timed out is tried again under its key, which Linq answers with the same message.
        assertEquals(1 + keys.size(), linq.http().get("/sandbox/control/counters").then().extract()
                .<Integer>path("messages_created"),
                "Linq created the chat's first message and each send once; attempts per key: " + createdKeys(linq));
    }

    /** One number read with plain JDBC, as an operator would check the database after the stop. */
    static long count(String url, String user, String query) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, user, "");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static void fault(GatewayProcess linq, Map<String, Object> fault) {
        linq.http().contentType("application/json").body(fault).post("/sandbox/control/faults").then().statusCode(201);
    }

    private static HttpResponse<String> deliver(HttpClient client, URI receiver, String id) throws Exception {
        String body = inbound(id, "msg-" + id, "chat-stop", "+15551230024", "See you at ten");
        return client.send(signedDelivery(receiver, id, body), HttpResponse.BodyHandlers.ofString());
    }

    /** How many times Linq was asked to create a message under each idempotency key. */
    static Map<String, Integer> createdKeys(GatewayProcess linq) {
        Map<String, Integer> keys = linq.http().get("/sandbox/control/counters").then().statusCode(200).extract()
                .jsonPath().getMap("idempotency_keys");
        return keys == null ? Map.of() : keys;
    }

    private StopMidWork() {
    }
}
