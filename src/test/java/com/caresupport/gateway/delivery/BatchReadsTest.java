package com.caresupport.gateway.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.caresupport.gateway.messaging.NewMessage;
import com.caresupport.gateway.testing.LinqTestSupport;
import com.caresupport.gateway.testing.SandboxControl;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The batch writers read many rows in one statement with one array parameter (so that Hibernate does not
 * translate a new {@code in} list on every batch): each read must find exactly the rows asked for, whole, and
 * nothing else, on H2 and on PostgreSQL alike.
 */
@QuarkusTest
@Tag("persistence")
class BatchReadsTest extends LinqTestSupport {

    private static final int SENDS = 40;

    @Inject
    Outbox outbox;

    @Inject
    MessageStore store;

    @Test
    void eachBatchReadFindsTheRowsAskedForWholeAndNothingElse() {
        String chatId = SandboxControl.openChat("+15551230021");
        Map<String, Accepted> byKey = new HashMap<>();
        for (int i = 0; i < SENDS; i++) {
            String key = "batch-read-" + UUID.randomUUID();
            byKey.put(key, outbox.acceptMessage(chatId, new NewMessage("Visit " + i, null, null, null, null, null), key));
        }
        String unknown = "never-stored-" + UUID.randomUUID();
        List<String> keys = new ArrayList<>(byKey.keySet());
        keys.add(unknown);
        List<String> ids = byKey.values().stream().map(Accepted::messageId).collect(Collectors.toCollection(ArrayList::new));

        QuarkusTransaction.requiringNew().run(() -> {
            List<MessageRecord> found = MessageRecord.withIdempotencyKeys(keys);
            assertEquals(SENDS, found.size(), "one row per stored key, none for the unknown one");
            for (MessageRecord message : found) {
                Accepted accepted = byKey.get(message.idempotencyKey);
                assertEquals(accepted.messageId(), message.id);
                assertEquals(accepted.linqMessageId(), message.linqMessageId);
                assertEquals(chatId, message.chatId);
                assertTrue(message.body.contains("Visit "), message.body);
                assertEquals(64, message.requestHash.length());
            }
        });

        List<String> asked = new ArrayList<>(ids);
        asked.add(ids.get(0));
        asked.add("no-such-message");
        QuarkusTransaction.requiringNew().run(() -> {
            Map<String, MessageRecord> locked = store.lockAll(asked);
            assertEquals(Set.copyOf(ids), locked.keySet(), "every stored id once, and no missing one");
            locked.forEach((id, message) -> assertEquals(id, message.id));

            Map<String, OutboxEntry> entries = OutboxEntry.byMessageIds(asked);
            assertEquals(Set.copyOf(ids), entries.keySet(), "every stored send's entry once, and no missing one");
            entries.forEach((id, entry) -> assertEquals(OutboxEntry.State.DONE, entry.state, id));

            Map<String, Set<DeliveryStatus>> reached = store.reached(ids);
            assertEquals(Set.copyOf(ids), reached.keySet());
            for (String id : ids) {
                Set<DeliveryStatus> history = StatusChange.history(id).stream().map(change -> change.status)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(DeliveryStatus.class)));
                assertFalse(history.isEmpty(), id);
                assertEquals(history, reached.get(id), "the history of " + id);
            }
            assertTrue(store.reached(List.of("no-such-message")).get("no-such-message").isEmpty());
        });
    }
}
