package com.caresupport.gateway.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.caresupport.gateway.error.IdempotencyKeyReusedException;
import com.caresupport.gateway.error.RecipientOptedOutException;
import com.caresupport.gateway.inbound.OptOuts;
import com.caresupport.gateway.linq.LinqUnavailableException;
import com.caresupport.gateway.messaging.NewChat;
import com.caresupport.gateway.messaging.NewMessage;
import com.caresupport.gateway.testing.LinqTestSupport;
import com.caresupport.gateway.testing.SandboxControl;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Sends accepted at the same moment share their commits, both the accept and the answer. Many callers are
 * released at once here, so that their sends land in shared batches, and the batches must keep every promise
 * a send made alone: one message per idempotency key, no send to a handle after its STOP is committed, a
 * refused send failing nobody else, and a true status whatever Linq does meanwhile.
 */
@QuarkusTest
@Tag("persistence")
class ConcurrentSendsTest extends LinqTestSupport {

    private static final int CALLERS = 16;
    private static final String SEND_PATH = "^/chats/[^/]+/messages$";
    private static final Set<String> DELIVERED = Set.of("pending", "sent", "delivered", "read");

    @Inject
    Outbox outbox;

    @Inject
    OptOuts optOuts;

    private ExecutorService pool;
    private String chatId;

    @BeforeEach
    void start() {
        pool = Executors.newFixedThreadPool(CALLERS);
        chatId = SandboxControl.openChat("+15551230011");
    }

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    /** Runs every task at the same instant; the outcome of each, a result or the exception it threw. */
    private List<Object> together(List<Callable<Object>> tasks) throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Object>> futures = new ArrayList<>();
        for (Callable<Object> task : tasks) {
            futures.add(pool.submit(() -> {
                go.await();
                try {
                    return task.call();
                } catch (RuntimeException e) {
                    return e;
                }
            }));
        }
        go.countDown();
        List<Object> outcomes = new ArrayList<>();
        for (Future<Object> future : futures) {
            outcomes.add(future.get());
        }
        return outcomes;
    }

    private static NewMessage text(String text) {
        return new NewMessage(text, null, null, null, null, null);
    }

    /** {@code count} sends to the chat, each under a fresh key starting with {@code prefix}, added to {@code keys}. */
    private List<Callable<Object>> sends(String prefix, int count, List<String> keys) {
        List<Callable<Object>> tasks = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String key = prefix + "-" + UUID.randomUUID();
            keys.add(key);
            tasks.add(() -> outbox.acceptMessage(chatId, text("Send " + key), key));
        }
        return tasks;
    }

    /** A handle whose STOP is committed; {@code exchange} keeps tests' handles apart. */
    private String optedOut(String exchange) {
        String handle = exchange + String.format("%03d", (int) (Math.random() * 1000));
        QuarkusTransaction.requiringNew().run(() -> optOuts.apply(handle, "STOP"));
        return handle;
    }

    @Test
    void oneIdempotencyKeySentByManyCallersAtOnceIsOneMessage() throws Exception {
        for (int round = 0; round < 5; round++) {
            String key = "burst-" + UUID.randomUUID();
            int before = SandboxControl.counters().getInt("messages_created");
            List<Callable<Object>> tasks = new ArrayList<>();
            for (int i = 0; i < CALLERS; i++) {
                tasks.add(() -> outbox.acceptMessage(chatId, text("Same visit, same key"), key));
            }
            List<Object> outcomes = together(tasks);

            Set<String> ids = new java.util.HashSet<>();
            int originals = 0;
            for (Object outcome : outcomes) {
                if (!(outcome instanceof Accepted accepted)) {
                    throw new AssertionError("a repeat of a key must be answered, not refused", (Throwable) outcome);
                }
                ids.add(accepted.messageId());
                originals += accepted.replayed() ? 0 : 1;
            }
            assertEquals(1, ids.size(), "every caller is answered with the one message: " + ids);
            assertEquals(1, originals, "exactly one caller is the original");
            assertEquals(1L, QuarkusTransaction.requiringNew()
                    .call(() -> MessageRecord.count("idempotencyKey", key)), "one stored message");
            assertEquals(before + 1, SandboxControl.counters().getInt("messages_created"), "one message at Linq");
        }
    }

    @Test
    void aRefusedSendInABatchFailsNoneOfTheOthers() throws Exception {
        String reused = "reused-" + UUID.randomUUID();
        outbox.acceptMessage(chatId, text("The original"), reused);
        String optedOut = optedOut("+15551239");
        int before = SandboxControl.counters().getInt("messages_created");

        List<String> goodKeys = new ArrayList<>();
        List<Callable<Object>> tasks = sends("good", CALLERS - 2, goodKeys);
        tasks.add(() -> outbox.acceptMessage(chatId, text("Another text under a used key"), reused));
        String refusedKey = "refused-" + UUID.randomUUID();
        tasks.add(() -> outbox.acceptChat(new NewChat(optedOut, null, "Hello", null, null, null), refusedKey));
        List<Object> outcomes = together(tasks);

        for (int i = 0; i < goodKeys.size(); i++) {
            Accepted accepted = assertInstanceOf(Accepted.class, outcomes.get(i), "send " + i + " was not failed by its neighbours");
            assertTrue(accepted.success() && !accepted.replayed() && DELIVERED.contains(accepted.deliveryStatus()),
                    accepted.toString());
        }
        assertInstanceOf(IdempotencyKeyReusedException.class, outcomes.get(CALLERS - 2));
        assertInstanceOf(RecipientOptedOutException.class, outcomes.get(CALLERS - 1));
        QuarkusTransaction.requiringNew().run(() -> {
            for (String key : goodKeys) {
                MessageRecord message = MessageRecord.findByIdempotencyKey(key).orElseThrow();
                assertEquals(OutboxEntry.State.DONE, OutboxEntry.<OutboxEntry>findById(message.id).state);
            }
            assertTrue(MessageRecord.findByIdempotencyKey(refusedKey).isEmpty(), "a refused send stores nothing");
            assertEquals(1L, MessageRecord.count("idempotencyKey", reused));
        });
        assertEquals(before + goodKeys.size(), SandboxControl.counters().getInt("messages_created"));
    }

    @Test
    void noSendReachesAHandleOnceItsStopIsCommittedWhileBatchesAreOpen() throws Exception {
        AtomicBoolean busy = new AtomicBoolean(true);
        List<Future<?>> background = new ArrayList<>();
        // Other callers keep the writers busy, so the STOP commits while batches are being written.
        for (int i = 0; i < CALLERS / 2; i++) {
            background.add(pool.submit(() -> {
                while (busy.get()) {
                    outbox.acceptMessage(chatId, text("Background"), null);
                }
                return null;
            }));
        }
        try {
            for (int round = 0; round < 10; round++) {
                String handle = "+1555124" + String.format("%04d", round) ;
                AtomicBoolean stopped = new AtomicBoolean();
                List<Callable<Object>> racers = new ArrayList<>();
                for (int i = 0; i < CALLERS / 2 - 1; i++) {
                    racers.add(() -> {
                        boolean after = stopped.get();
                        try {
                            Accepted accepted = outbox.acceptChat(new NewChat(handle, null, "Racing the STOP", null,
                                    null, null), null);
                            if (after) {
                                fail("a send begun after the STOP's commit was accepted: " + accepted);
                            }
                            return accepted;
                        } catch (RecipientOptedOutException e) {
                            return e;
                        }
                    });
                }
                racers.add(() -> {
                    QuarkusTransaction.requiringNew().run(() -> optOuts.apply(handle, "STOP"));
                    stopped.set(true);
                    return null;
                });
                for (Object outcome : together(racers)) {
                    if (outcome instanceof AssertionError error) {
                        throw error;
                    }
                }
                int linqCalls = SandboxControl.received("POST", "^/chats$").size();
                assertInstanceOf(RecipientOptedOutException.class, catching(() -> outbox.acceptChat(
                        new NewChat(handle, null, "After the STOP", null, null, null), null)));
                assertEquals(linqCalls, SandboxControl.received("POST", "^/chats$").size());
            }
        } finally {
            busy.set(false);
        }
        for (Future<?> future : background) {
            future.get();
        }
    }

    /**
     * New sends and Linq's answers to earlier ones share the writer's commits. A first wave waits on a slow Linq;
     * a second wave, with a send refused for an opt-out and one reusing a key, is released as the first wave's
     * answers come back, at a few offsets, so that refusals and answers meet in one batch. A refusal fails the
     * whole batch, which is then written item by item: no answer may be lost or misrecorded by it.
     */
    @Test
    void refusedSendsInACommitWithAnswersLoseNoAnswer() throws Exception {
        String optedOut = optedOut("+15551238");
        String reused = "mixed-reused-" + UUID.randomUUID();
        outbox.acceptMessage(chatId, text("The original"), reused);
        int before = SandboxControl.counters().getInt("messages_created");
        List<String> good = new ArrayList<>();
        for (int offset : new int[] {240, 300, 360}) {
            SandboxControl.fault(SEND_PATH).method("POST").latencyMillis(300).times(CALLERS / 2).install();
            List<String> firstKeys = new ArrayList<>();
            List<Callable<Object>> first = sends("answered", CALLERS / 2, firstKeys);
            ExecutorService waves = Executors.newSingleThreadExecutor();
            Future<List<Object>> firstWave = waves.submit(() -> together(first));
            Thread.sleep(offset);
            List<String> secondKeys = new ArrayList<>();
            List<Callable<Object>> second = sends("beside", CALLERS / 2 - 2, secondKeys);
            second.add(() -> outbox.acceptMessage(chatId, text("Another text under a used key"), reused));
            String refusedKey = "mixed-refused-" + UUID.randomUUID();
            second.add(() -> outbox.acceptChat(new NewChat(optedOut, null, "Hello", null, null, null), refusedKey));
            List<Object> secondOutcomes = together(second);
            List<Object> firstOutcomes = firstWave.get();
            waves.shutdown();

            List<String> keys = new ArrayList<>(firstKeys);
            keys.addAll(secondKeys);
            List<Object> outcomes = new ArrayList<>(firstOutcomes);
            outcomes.addAll(secondOutcomes.subList(0, secondKeys.size()));
            for (int i = 0; i < keys.size(); i++) {
                String key = keys.get(i);
                Accepted accepted = assertInstanceOf(Accepted.class, outcomes.get(i), "key " + key);
                MessageRecord stored = QuarkusTransaction.requiringNew().call(() -> MessageRecord.findByIdempotencyKey(key))
                        .orElseThrow();
                assertEquals(stored.id, accepted.messageId(), key);
                assertTrue(DELIVERED.contains(accepted.deliveryStatus()), accepted.toString());
                assertEquals(stored.linqMessageId, accepted.linqMessageId(), "what the caller was told is stored: " + key);
                assertEquals(OutboxEntry.State.DONE, QuarkusTransaction.requiringNew()
                        .call(() -> OutboxEntry.<OutboxEntry>findById(stored.id).state), key);
            }
            assertInstanceOf(IdempotencyKeyReusedException.class, secondOutcomes.get(secondKeys.size()));
            assertInstanceOf(RecipientOptedOutException.class, secondOutcomes.get(secondKeys.size() + 1));
            assertTrue(QuarkusTransaction.requiringNew().call(() -> MessageRecord.findByIdempotencyKey(refusedKey)).isEmpty(),
                    "a refused send stores nothing");
            good.addAll(keys);
        }
        assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> MessageRecord.count("idempotencyKey", reused)));
        assertEquals(before + good.size(), SandboxControl.counters().getInt("messages_created"),
                "one message at Linq per accepted send, none for a refused one");
    }

    @Test
    void linqSlowOrFailingWhileBatchesAreInFlightLeavesTrueStatuses() throws Exception {
        int before = SandboxControl.counters().getInt("messages_created");
        SandboxControl.fault(SEND_PATH).method("POST").latencyMillis(300).times(6).install();
        SandboxControl.fault(SEND_PATH).method("POST").status(503).times(6).install();
        List<String> keys = new ArrayList<>();
        List<Object> outcomes = together(sends("weather", 2 * CALLERS, keys));

        for (int i = 0; i < keys.size(); i++) {
            Object outcome = outcomes.get(i);
            String key = keys.get(i);
            if (outcome instanceof LinqUnavailableException) {
                continue;
            }
            Accepted accepted = assertInstanceOf(Accepted.class, outcome, "key " + key);
            // What the caller was told is what is stored.
            MessageRecord stored = QuarkusTransaction.requiringNew().call(() -> MessageRecord.findByIdempotencyKey(key))
                    .orElseThrow();
            assertEquals(stored.id, accepted.messageId());
            if (accepted.queued()) {
                assertNull(accepted.linqMessageId());
            } else {
                assertEquals(stored.linqMessageId, accepted.linqMessageId());
                assertFalse(accepted.linqMessageId() == null, accepted.toString());
            }
        }
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            List<String> states = QuarkusTransaction.requiringNew().call(() -> keys.stream().map(key -> {
                MessageRecord message = MessageRecord.findByIdempotencyKey(key).orElseThrow();
                return message.deliveryStatus.wire() + "/" + OutboxEntry.<OutboxEntry>findById(message.id).state;
            }).toList());
            states.forEach(state -> assertTrue(state.endsWith("/DONE") && DELIVERED.contains(state.split("/")[0]),
                    states.toString()));
        });
        assertEquals(before + keys.size(), SandboxControl.counters().getInt("messages_created"),
                "each message created at Linq once, however often it was asked");
        Map<String, Integer> seen = SandboxControl.counters().getMap("idempotency_keys");
        keys.forEach(key -> assertTrue(seen.getOrDefault(key, 0) >= 1, key));
    }

    private static Object catching(Callable<Object> call) {
        try {
            return call.call();
        } catch (Exception e) {
            return e;
        }
    }
}
