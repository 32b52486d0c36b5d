package com.caresupport.gateway.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.caresupport.gateway.messaging.NewMessage;
import com.caresupport.gateway.testing.LinqTestSupport;
import com.caresupport.gateway.testing.SandboxControl;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Workers on several instances share one database: each queued message must reach Linq once, whichever
 * worker claims it. Two workers drain the same queue at once here, beside the scheduled one.
 */
@QuarkusTest
@Tag("persistence")
class OutboxConcurrencyTest extends LinqTestSupport {

    private static final int MESSAGES = 24;

    @Inject
    OutboxWorker worker;

    @Inject
    ObjectMapper json;

    @Test
    void twoWorkersNeverDeliverTheSameMessage() throws Exception {
        String chatId = SandboxControl.openChat("+15551230003");
        int created = SandboxControl.counters().getInt("messages_created");
        List<String> keys = new ArrayList<>();
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < MESSAGES; i++) {
                keys.add(queue(chatId, "Reminder " + i));
            }
        });

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Integer>> workers = List.of(() -> drainAll("worker-a"), () -> drainAll("worker-b"));
            int claimed = 0;
            for (Future<Integer> done : pool.invokeAll(workers)) {
                claimed += done.get();
            }
            org.junit.jupiter.api.Assertions.assertTrue(claimed <= MESSAGES, "claimed " + claimed);
        } finally {
            pool.shutdownNow();
        }

        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).untilAsserted(() ->
                assertEquals(created + MESSAGES, SandboxControl.counters().getInt("messages_created")));
        // A second worker delivering a message would record a second attempt on it. (Counting requests per key
        // at Linq would not tell: a slow answer is legitimately asked again under the same key by one worker.)
        Map<String, Integer> seen = SandboxControl.counters().getMap("idempotency_keys");
        QuarkusTransaction.requiringNew().run(() -> {
            for (String key : keys) {
                MessageRecord message = MessageRecord.findByIdempotencyKey(key).orElseThrow();
                OutboxEntry entry = OutboxEntry.findById(message.id);
                assertEquals(OutboxEntry.State.DONE, entry.state, "key " + key);
                assertEquals(1, entry.attempts, "key " + key + " was delivered by more than one worker");
                org.junit.jupiter.api.Assertions.assertTrue(seen.get(key) >= 1, "key " + key + " reached Linq");
            }
        });
    }

    private int drainAll(String name) {
        int total = 0;
        for (int round = 0; round < 50; round++) {
            total += worker.drain(name);
        }
        return total;
    }

    private String queue(String chatId, String text) {
        MessageRecord message = new MessageRecord();
        message.id = UUID.randomUUID().toString();
        message.kind = MessageRecord.Kind.MESSAGE;
        message.chatId = chatId;
        message.direction = "outbound";
        try {
            message.body = json.writeValueAsString(new NewMessage(text, null, null, null, null, null));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        message.textPreview = text;
        message.idempotencyKey = UUID.randomUUID().toString();
        message.requestHash = message.idempotencyKey;
        message.deliveryStatus = DeliveryStatus.QUEUED;
        message.acceptedAt = Instant.now();
        message.updatedAt = message.acceptedAt;
        message.persist();
        OutboxEntry entry = new OutboxEntry();
        entry.messageId = message.id;
        entry.state = OutboxEntry.State.PENDING;
        entry.nextAttemptAt = message.acceptedAt;
        entry.createdAt = message.acceptedAt;
        entry.updatedAt = message.acceptedAt;
        entry.persist();
        return message.idempotencyKey;
    }
}
