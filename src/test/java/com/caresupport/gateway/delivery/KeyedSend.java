package com.caresupport.gateway.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.caresupport.gateway.testing.GatewayProcess;
import io.restassured.path.json.JsonPath;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** One send to a packaged gateway under its own idempotency key, for the tests that stop or kill it mid-burst. */
final class KeyedSend {

    private KeyedSend() {
    }

    static HttpResponse<String> send(HttpClient client, URI sends, String key) throws Exception {
        return client.send(HttpRequest.newBuilder(sends).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + GatewayProcess.API_KEY)
                .header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"Ride at 8am, " + key + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Sends each acknowledged key again and asserts it is answered as a replay with the local id it was answered with
     * before the {@code event} (a stop, a kill): the message survived, once. A replay is 200, or 202 while the message
     * is still queued (its send was cut or slow, and the outbox has not yet delivered it).
     */
    static void assertRepeatsAnswerAsBefore(HttpClient client, URI sends, Map<String, String> acknowledged, String event) {
        acknowledged.forEach((key, localId) -> {
            try {
                HttpResponse<String> repeat = send(client, sends, key);
                JsonPath answer = JsonPath.from(repeat.body());
                boolean queued = "queued".equals(answer.getString("delivery_status"));
                assertEquals(queued ? 202 : 200, repeat.statusCode(), key + ": " + repeat.body());
                assertTrue(answer.getBoolean("replayed"), key + " is answered as a replay: " + repeat.body());
                assertEquals(localId, answer.getString("local_id"),
                        "the repeat of " + key + " is answered with the message answered before the " + event);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
