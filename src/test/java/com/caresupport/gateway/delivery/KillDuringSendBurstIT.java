package com.caresupport.gateway.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.caresupport.gateway.testing.GatewayProcess;
import com.caresupport.gateway.testing.KillDuringBurst;
import io.restassured.path.json.JsonPath;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * A 2xx to a send means the message is on disk, also when it shared its commits with other sends: sixteen
 * callers send at once, the packaged gateway is killed with SIGKILL in the middle of the burst, and after a
 * restart on the same H2 file every send answered 2xx is still the same one message (a repeat of its key is
 * answered with it), and the outbox brings every one of them to Linq, each under its one key. Linq is a second
 * gateway process serving only its sandbox, so it outlives the crash and counts what it was sent.
 */
class KillDuringSendBurstIT {

    private static final Set<String> DELIVERED = Set.of("pending", "sent", "delivered", "read");

    @Test
    void everyAcknowledgedSendOfABurstSurvivesAKillAndReachesLinqOnce() throws Exception {
        try (GatewayProcess linq = new GatewayProcess(Files.createTempDirectory("linq-sandbox-burst"))
                .start("-Dgateway.inbound.poller.enabled=false");
                GatewayProcess gateway = new GatewayProcess(GatewayProcess.JAR.toAbsolutePath(),
                        Files.createTempDirectory("linq-gateway-send-burst"))) {
            String[] againstLinq = {"-Dlinq.sandbox.enabled=false",
                    "-Dlinq.base-url=http://localhost:" + linq.port() + "/sandbox/linq/api/partner",
                    "-Dgateway.inbound.poller.enabled=false", "-Dgateway.outbox.interval=1s",
                    "-Dgateway.outbox.lease=3s", "-Dgateway.outbox.backoff=1s"};
            gateway.start(againstLinq);
            String chatId = gateway.api().body(Map.of("to_phone", "+15551230021", "initial_message", "Hello"))
                    .post("/api/chats").then().statusCode(201).extract().path("chat_id");

            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            URI sends = URI.create("http://localhost:" + gateway.port() + "/api/chats/" + chatId + "/messages");
            Map<String, String> acknowledged = KillDuringBurst.acknowledged(gateway, "burst-", 200,
                    Duration.ofSeconds(30), key -> {
                        HttpResponse<String> answer = KeyedSend.send(client, sends, key);
                        return answer.statusCode() / 100 == 2
                                ? Optional.of(JsonPath.from(answer.body()).getString("local_id"))
                                : Optional.empty();
                    });

            gateway.start(againstLinq);
            KeyedSend.assertRepeatsAnswerAsBefore(client, sends, acknowledged, "kill");
            Awaitility.await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
                List<String> undelivered = acknowledged.values().stream().filter(id -> !DELIVERED.contains(
                        gateway.api().get("/api/messages/{id}", id).then().statusCode(200).extract()
                                .<String>path("delivery_status"))).toList();
                assertEquals(List.of(), undelivered, "every acknowledged send reaches Linq after the restart");
            });
            JsonPath counters = linq.http().get("/sandbox/control/counters").then().statusCode(200).extract().jsonPath();
            Map<String, Integer> keys = counters.getMap("idempotency_keys");
            acknowledged.keySet().forEach(key -> assertTrue(keys.getOrDefault(key, 0) >= 1, key + " reached Linq"));
            // Linq creates one message per key; more messages than keys would be a send under a second key.
            assertEquals(keys.size(), counters.getInt("messages_created"), "one message at Linq per key");
        }
    }
}
