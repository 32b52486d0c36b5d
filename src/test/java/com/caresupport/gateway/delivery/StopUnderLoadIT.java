package com.caresupport.gateway.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.caresupport.gateway.testing.GatewayProcess;
import com.caresupport.gateway.testing.KillDuringBurst;
import io.restassured.path.json.JsonPath;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A rolling deploy under load: sixteen callers send to the packaged gateway and it is stopped as an orchestrator
 * stops it (SIGTERM). The sends in flight are finished before Hibernate and the Linq client stop. Without a shutdown
 * timeout, Quarkus closed both under them: they failed after their message had reached Linq ("EntityManagerFactory
 * is closed", "Client is closed"), were logged as errors, and their callers lost the connection unanswered; a
 * caller retrying without its key would have sent the message twice. After a restart every send answered 2xx is
 * still the same one message.
 * <p>
 * This is the default embedded H2 database: the stop also comes before H2's own JVM exit hook, which used to close
 * the file under the sends in flight (cli/OrderlyStop).
 */
class StopUnderLoadIT {

    /** How a request that failed unexpectedly is logged (ProblemMappers' ERROR, the caller's 500). */
    private static final String REQUEST_FAILED = "\"level\":\"ERROR\",\"message\":\"Unexpected failure on ";

    @Test
    void aStopUnderLoadFinishesTheSendsInFlight() throws Exception {
        try (GatewayProcess linq = new GatewayProcess(Files.createTempDirectory("linq-sandbox-stop"))
                .start("-Dgateway.inbound.poller.enabled=false");
                GatewayProcess gateway = new GatewayProcess(GatewayProcess.JAR.toAbsolutePath(),
                        Files.createTempDirectory("linq-gateway-stop"))) {
            String[] againstLinq = CrashScenario.againstLinq(linq);
            long[] stoppedAt = {0};
            gateway.start(againstLinq);
            String chatId = gateway.api().body(Map.of("to_phone", "+15551230022", "initial_message", "Hello"))
                    .post("/api/chats").then().statusCode(201).extract().path("chat_id");

            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            URI sends = URI.create("http://localhost:" + gateway.port() + "/api/chats/" + chatId + "/messages");
            // Each send answered 2xx, with its local id; the burst asserts there were enough before the stop.
            Map<String, String> acknowledged = KillDuringBurst.acknowledged(gateway, "stop-", 200,
                    Duration.ofSeconds(30), key -> {
                        HttpResponse<String> answer = KeyedSend.send(client, sends, key);
                        return answer.statusCode() / 100 == 2
                                ? Optional.of(JsonPath.from(answer.body()).getString("local_id"))
                                : Optional.empty();
                    }, stopping -> {
                        stoppedAt[0] = GatewayProcess.logSize();
                        stopping.stop();
                    });

            // A send whose connection closed unanswered is in no answer: its failure is in the log.
            List<String> failures = GatewayProcess.logSince(stoppedAt[0]).stream()
                    .filter(line -> line.contains(REQUEST_FAILED)).toList();
            assertEquals(List.of(), failures, "no request in flight fails because the gateway stopped under it");

            gateway.start(againstLinq);
            KeyedSend.assertRepeatsAnswerAsBefore(client, sends, acknowledged, "stop");
        }
    }

    /** A stop in the middle of the gateway's background work ({@link StopMidWork}), on H2. */
    @Test
    void aStopMidWorkFinishesTheWorkInHandAndGivesBackTheRest() throws Exception {
        Path directory = Files.createTempDirectory("linq-gateway-stop-h2");
        // The default database, which a CLI verb would open the same way: its file, shared through AUTO_SERVER.
        String database = "jdbc:h2:file:" + directory.resolve("data/linq-gateway").toAbsolutePath() + ";AUTO_SERVER=TRUE";
        try (GatewayProcess linq = new GatewayProcess(Files.createTempDirectory("linq-sandbox-stop"))
                .start("-Dgateway.inbound.poller.enabled=false");
                GatewayProcess gateway = new GatewayProcess(GatewayProcess.JAR.toAbsolutePath(), directory)) {
            StopMidWork.run(linq, gateway, query -> StopMidWork.count(database, "sa", query));
        }
    }
}
