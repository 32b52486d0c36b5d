package com.caresupport.gateway.webhook;

import static com.caresupport.gateway.testing.TestSigner.inbound;
import static com.caresupport.gateway.testing.TestSigner.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The webhook writer stalls (it waits for a database connection: the test holds every one of a small pool) while
 * deliveries keep arriving, more than its queue holds. Those that do not fit are answered 503 with Retry-After at
 * once and stored nowhere; those queued are stored and answered once the writer moves again; Linq's later
 * redelivery of a refused one is stored, once.
 */
@QuarkusTest
@TestProfile(WebhookWriterBusyTest.TinyWriterQueue.class)
@Tag("persistence")
class WebhookWriterBusyTest {

    private static final int QUEUE = 2;
    private static final int POOL = 2;
    private static final int DELIVERIES = 8;

    public static class TinyWriterQueue implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("gateway.webhook.writer-queue", String.valueOf(QUEUE), "quarkus.scheduler.enabled", "false",
                    "quarkus.datasource.jdbc.max-size", String.valueOf(POOL),
                    "quarkus.datasource.jdbc.acquisition-timeout", "60S");
        }
    }

    @Inject
    DataSource dataSource;

    @Test
    void deliveriesBeyondAStalledWritersQueueAre503AndStoredOnlyWhenSentAgain() throws Exception {
        String run = UUID.randomUUID().toString();
        // One delivery first, so that the receiver has loaded its secrets and needs no connection of its own.
        String warm = "evt_" + run + "_warm";
        assertEquals(200, post(warm, body(warm)).statusCode());
        String stalled = "evt_" + run + "_stalled";
        ExecutorService pool = Executors.newFixedThreadPool(DELIVERIES + 1);
        List<Connection> held = new ArrayList<>();
        try {
            for (int i = 0; i < POOL; i++) {
                held.add(dataSource.getConnection());
            }
            Future<Response> first = pool.submit(() -> post(stalled, body(stalled)));
            Thread.sleep(500);
            assertFalse(first.isDone(), "the writer waits for a connection");

            List<String> ids = new ArrayList<>();
            List<Future<Response>> answers = new ArrayList<>();
            for (int i = 0; i < DELIVERIES; i++) {
                String id = "evt_" + run + "_" + i;
                ids.add(id);
                answers.add(pool.submit(() -> post(id, body(id))));
            }
            // The deliveries that found the queue full are answered now, while the writer is still stalled.
            Awaitility.await().atMost(Duration.ofSeconds(20))
                    .until(() -> answers.stream().filter(Future::isDone).count() >= DELIVERIES - QUEUE);
            Thread.sleep(300);
            List<String> refused = new ArrayList<>();
            for (int i = 0; i < DELIVERIES; i++) {
                if (answers.get(i).isDone()) {
                    Response answer = answers.get(i).get();
                    assertEquals(503, answer.statusCode(), answer.asString());
                    assertEquals("1", answer.header("Retry-After"));
                    assertTrue(answer.contentType().startsWith("application/problem+json"), answer.contentType());
                    assertTrue(answer.asString().contains("receiver-busy"), answer.asString());
                    refused.add(ids.get(i));
                }
            }
            assertEquals(DELIVERIES - QUEUE, refused.size(), "refused at once: " + refused);

            for (Connection connection : held) {
                connection.close();
            }
            held.clear();
            assertEquals(200, first.get(30, TimeUnit.SECONDS).statusCode());
            for (int i = 0; i < DELIVERIES; i++) {
                if (!refused.contains(ids.get(i))) {
                    Response answer = answers.get(i).get(30, TimeUnit.SECONDS);
                    assertEquals(200, answer.statusCode(), answer.asString());
                    assertEquals(1L, stored(ids.get(i)), ids.get(i));
                }
            }
            for (String id : refused) {
                assertEquals(0L, stored(id), "a refused delivery is not stored: " + id);
            }
            // Linq delivers the refused ones again: each is stored, once.
            for (String id : refused) {
                Response again = post(id, body(id));
                assertEquals(200, again.statusCode(), again.asString());
                assertTrue(again.asString().contains("\"duplicate\":false"), again.asString());
                assertEquals(1L, stored(id), id);
            }
        } finally {
            for (Connection connection : held) {
                connection.close();
            }
            pool.shutdownNow();
        }
    }

    private static String body(String eventId) {
        return inbound(eventId, "msg-" + eventId, "chat-busy", "+15551234100", "Busy " + eventId);
    }

    private static long stored(String webhookId) {
        return QuarkusTransaction.requiringNew().call(() -> WebhookEvent.count("webhookId", webhookId));
    }
}
