package com.caresupport.gateway.webhook;

import static com.caresupport.gateway.testing.TestSigner.inbound;
import static com.caresupport.gateway.testing.TestSigner.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.caresupport.gateway.testing.RecordingObserver;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A burst larger than the processing queue: the events that do not fit stay stored as received, and the
 * processing thread finds them in the table once its queue is empty. The retry job is off (no scheduler), so
 * nothing else could process them; each is processed, and each reply reaches application code once. One event that
 * fails among them is recorded as failed, alone, after one attempt.
 */
@QuarkusTest
@TestProfile(WebhookBacklogOverflowTest.TinyQueue.class)
@Tag("persistence")
class WebhookBacklogOverflowTest {

    private static final int DELIVERIES = 150;

    public static class TinyQueue implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("gateway.webhook.processing-queue", "2", "quarkus.scheduler.enabled", "false");
        }
    }

    @Inject
    RecordingObserver observer;

    @Test
    void eventsThatDidNotFitTheQueueAreProcessedFromTheTableOnce() throws Exception {
        String run = UUID.randomUUID().toString();
        List<Callable<Integer>> deliveries = new ArrayList<>();
        for (int i = 0; i < DELIVERIES; i++) {
            String id = "evt_" + run + "_" + i;
            String body = inbound(id, "msg-" + id, "chat-overflow-" + i % 5, "+1555123" + (4000 + i % 5), "Burst " + i);
            deliveries.add(() -> post(id, body).statusCode());
        }
        // One event in the burst fails its first processing (application code throws); it is blamed alone.
        String flaky = "evt_" + run + "_flaky";
        deliveries.add(DELIVERIES / 2, () -> post(flaky, "{\"api_version\":\"v3\",\"webhook_version\":\"2026-02-03\","
                + "\"event_type\":\"chat.created\",\"event_id\":\"" + flaky + "\",\"data\":{\"id\":\"flaky-chat\","
                + "\"is_group\":false}}").statusCode());
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            for (Future<Integer> status : pool.invokeAll(deliveries)) {
                assertEquals(200, status.get());
            }
        } finally {
            pool.shutdownNow();
        }

        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> count(run, WebhookEvent.State.PROCESSED) == DELIVERIES);
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> count(run, WebhookEvent.State.FAILED) == 1);
        assertEquals(0, count(run, WebhookEvent.State.RECEIVED));
        WebhookEvent failed = QuarkusTransaction.requiringNew().call(() -> WebhookEvent.<WebhookEvent>find("eventId", flaky).singleResult());
        assertEquals(WebhookEvent.State.FAILED, failed.state, "the failing event alone is recorded as failed");
        assertEquals(1, failed.attempts);
        assertTrue(failed.lastError.contains("briefly unavailable"), failed.lastError);
        // Handed to application code after the commit: once each, though a batch was rolled back and redone.
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> java.util.stream.IntStream.range(0, DELIVERIES)
                .allMatch(i -> observer.incomingFor("msg-evt_" + run + "_" + i) >= 1));
        Awaitility.await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> java.util.stream.IntStream
                .range(0, DELIVERIES).allMatch(i -> observer.incomingFor("msg-evt_" + run + "_" + i) == 1));
    }

    private static long count(String run, WebhookEvent.State state) {
        return QuarkusTransaction.requiringNew().call(() -> WebhookEvent.count("eventId like ?1 and state = ?2",
                "evt_" + run + "_%", state));
    }
}
