package com.caresupport.gateway.delivery;

import com.caresupport.gateway.testing.GatewayProcess;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

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
}
