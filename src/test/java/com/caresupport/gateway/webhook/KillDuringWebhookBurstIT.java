package com.caresupport.gateway.webhook;

import static com.caresupport.gateway.testing.TestSigner.SECRET;
import static com.caresupport.gateway.testing.TestSigner.inbound;
import static com.caresupport.gateway.testing.TestSigner.signedDelivery;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.caresupport.gateway.testing.GatewayProcess;
import com.caresupport.gateway.testing.KillDuringBurst;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A 2xx from the receiver means the delivery is on disk, also when it shared its commit with others: sixteen
 * senders deliver at once, the packaged gateway is killed with SIGKILL in the middle of the burst, and after a
 * restart on the same H2 file every delivery that was answered 2xx is recognised as already stored.
 */
class KillDuringWebhookBurstIT {

    @Test
    void everyAcknowledgedDeliveryOfABurstSurvivesAKill() throws Exception {
        String[] properties = {"-Dlinq.webhook-signing-secret=" + SECRET, "-Dgateway.inbound.poller.enabled=false"};
        try (GatewayProcess gateway = new GatewayProcess(Files.createTempDirectory("linq-gateway-burst"))) {
            gateway.start(properties);
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            URI receiver = URI.create("http://localhost:" + gateway.port() + "/webhooks/linq");
            Set<String> acknowledged = KillDuringBurst.acknowledged(gateway, "evt_", 300, Duration.ofSeconds(20),
                    id -> deliver(client, receiver, id).statusCode() == 200 ? Optional.of(id) : Optional.empty()).keySet();

            gateway.start(properties);
            List<String> lost = acknowledged.stream().filter(id -> {
                try {
                    String answer = deliver(client, receiver, id).body();
                    return !answer.contains("\"duplicate\":true");
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
            assertEquals(List.of(), lost, "every delivery answered 2xx before the kill is stored after it");
        }
    }

    private static HttpResponse<String> deliver(HttpClient client, URI receiver, String id) throws Exception {
        String body = inbound(id, "msg-" + id, "chat-burst", "+15551230004", "Burst");
        return client.send(signedDelivery(receiver, id, body), HttpResponse.BodyHandlers.ofString());
    }
}
