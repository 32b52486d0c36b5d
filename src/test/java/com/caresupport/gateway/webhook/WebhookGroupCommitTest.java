package com.caresupport.gateway.webhook;

import static com.caresupport.gateway.testing.TestSigner.SECRET;
import static com.caresupport.gateway.testing.TestSigner.delivery;
import static com.caresupport.gateway.testing.TestSigner.inbound;
import static com.caresupport.gateway.testing.TestSigner.now;
import static com.caresupport.gateway.testing.TestSigner.standard;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.caresupport.gateway.testing.RecordingObserver;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Many deliveries at once, stored in shared commits: copies of one event (Linq's retries, under the same or a
 * new {@code webhook-id}) arriving in the same batch or in different ones are stored once and processed once,
 * and every delivery answered 2xx is in the table when its answer arrives.
 */
@QuarkusTest
@Tag("persistence")
class WebhookGroupCommitTest {

    private static final int DISTINCT = 60;
    private static final int COPIES = 12;

    @Inject
    RecordingObserver observer;

    private record Sent(String webhookId, String eventId, boolean duplicate) {
    }

    private static Sent send(String webhookId, String eventId, String body) {
        String ts = now();
        Response response = delivery().header("webhook-id", webhookId).header("webhook-timestamp", ts)
                .header("webhook-signature", "v1," + standard(SECRET, webhookId, ts, body)).body(body)
                .post("/webhooks/linq");
        response.then().statusCode(200);
        Sent sent = new Sent(webhookId, eventId, response.path("duplicate"));
        // The answer came after the commit: the row is there already, whatever the others are doing.
        assertEquals(1, rows(eventId), "event " + eventId + " is stored when its 2xx arrives");
        return sent;
    }

    private static long rows(String eventId) {
        return QuarkusTransaction.requiringNew().call(() -> WebhookEvent.count("eventId", eventId));
    }

    @Test
    void concurrentDeliveriesWithCopiesAreEachStoredOnceAndBeforeTheirAnswer() throws Exception {
        String repeated = "evt_" + UUID.randomUUID();
        String repeatedMessage = "msg-" + repeated;
        String repeatedBody = inbound(repeated, repeatedMessage, "chat-burst", "+15551230004", "Said once");
        List<Callable<Sent>> deliveries = new ArrayList<>();
        for (int i = 0; i < DISTINCT; i++) {
            String id = "evt_" + UUID.randomUUID();
            String body = inbound(id, "msg-" + id, "chat-burst", "+15551230004", "Burst " + i);
            deliveries.add(() -> send(id, id, body));
        }
        for (int i = 0; i < COPIES; i++) {
            // Half the copies repeat the webhook-id too (a retry), half come under a new one (a second subscription).
            String webhookId = i % 2 == 0 ? repeated : "wh_" + UUID.randomUUID();
            deliveries.add(() -> send(webhookId, repeated, repeatedBody));
        }
        Collections.shuffle(deliveries);

        var pool = Executors.newFixedThreadPool(16);
        List<Sent> answers = new ArrayList<>();
        try {
            for (Future<Sent> answer : pool.invokeAll(deliveries)) {
                answers.add(answer.get());
            }
        } finally {
            pool.shutdownNow();
        }

        assertEquals(1, answers.stream().filter(s -> s.eventId().equals(repeated) && !s.duplicate()).count(),
                "exactly one copy of the repeated event is new");
        assertEquals(DISTINCT, answers.stream().filter(s -> !s.eventId().equals(repeated) && !s.duplicate()).count(),
                "every distinct event is new");
        for (Sent sent : answers) {
            assertEquals(1, rows(sent.eventId()), "one row for " + sent.eventId());
        }
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> observer.inboundFor(repeatedMessage) >= 1);
        Awaitility.await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
                .until(() -> observer.inboundFor(repeatedMessage) == 1);
    }

    @Test
    void aCopyArrivingAfterItsBatchCommittedIsADuplicate() throws Exception {
        String id = "evt_" + UUID.randomUUID();
        String body = inbound(id, "msg-" + id, "chat-burst", "+15551230004", "Once more");
        assertEquals(false, send(id, id, body).duplicate());
        assertEquals(true, send("wh_" + UUID.randomUUID(), id, body).duplicate());
        assertEquals(true, send(id, id, body).duplicate());
        assertEquals(1, rows(id));
    }
}
