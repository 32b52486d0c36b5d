package com.caresupport.gateway.retention;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.caresupport.gateway.delivery.DeliveryStatus;
import com.caresupport.gateway.delivery.MessageRecord;
import com.caresupport.gateway.delivery.OutboxEntry;
import com.caresupport.gateway.delivery.StatusChange;
import com.caresupport.gateway.inbound.InboundRecord;
import com.caresupport.gateway.testing.RecordedStatements;
import com.caresupport.gateway.webhook.WebhookEvent;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The retention purge on stored rows whose timestamps are set in the past: old content goes, young content
 * and work still owed stay, the API says when content was purged, and purges racing each other both finish.
 * Tests run it with a batch size of 5 ({@code %test.gateway.retention.batch-size}), so every purge here
 * takes several batches.
 */
@QuarkusTest
@Tag("persistence")
class RetentionPurgeTest {

    private static final String KEY = "dev-key";
    private static final Instant NOW = Instant.now();
    /** Keeps the outbox worker and the retry jobs away from the rows made here. */
    private static final Instant NEVER_DUE = NOW.plus(Duration.ofDays(1));

    @Inject
    RetentionPurge retention;

    /** Starts from empty tables, and leaves them empty for the next test class (no stray outbox entries). */
    @BeforeEach
    @AfterEach
    void emptyTables() {
        QuarkusTransaction.requiringNew().run(() -> {
            var em = Panache.getEntityManager();
            for (String table : List.of("message_status", "outbox_entry", "message", "webhook_event", "inbound_message")) {
                em.createNativeQuery("delete from " + table).executeUpdate();
            }
        });
    }

    @Test
    void purgesOldContentAndTheApiSaysWhen() {
        String message = message(daysAgo(31), OutboxEntry.State.DONE);
        String event = webhookEvent(daysAgo(8), WebhookEvent.State.PROCESSED);
        String inbound = inbound(daysAgo(31), InboundRecord.State.HANDLED);

        RetentionPurge.Report report = retention.purge(NOW);

        assertEquals(1, report.messageBodies());
        assertEquals(1, report.webhookPayloads());
        assertEquals(1, report.inboundTexts());
        QuarkusTransaction.requiringNew().run(() -> {
            MessageRecord stored = MessageRecord.findById(message);
            assertNull(stored.body);
            assertNull(stored.textPreview);
            assertNull(WebhookEvent.<WebhookEvent>findById(event).payload);
            assertNull(InboundRecord.<InboundRecord>findById(inbound).body);
        });
        given().auth().oauth2(KEY).get("/api/messages/{id}", message).then().statusCode(200)
                .body("body_purged_at", notNullValue())
                .body("text_preview", nullValue())
                .body("delivery_status", org.hamcrest.Matchers.is("delivered"))
                .body("history.status", hasItem("queued"));
        given().auth().oauth2(KEY).get("/api/webhook-events/{id}", event).then().statusCode(200)
                .body("payload", nullValue())
                .body("payload_purged_at", notNullValue());
        given().auth().oauth2(KEY).get("/api/inbound").then().statusCode(200)
                .body("messages.find { it.id == '" + inbound + "' }.body", nullValue())
                .body("messages.find { it.id == '" + inbound + "' }.body_purged_at", notNullValue());
    }

    @Test
    void keepsYoungContentAndWorkStillOwed() {
        String young = message(daysAgo(29), OutboxEntry.State.DONE);
        String owed = message(daysAgo(31), OutboxEntry.State.PENDING);
        String youngEvent = webhookEvent(daysAgo(6), WebhookEvent.State.PROCESSED);
        String unprocessed = webhookEvent(daysAgo(8), WebhookEvent.State.RECEIVED);
        String retrying = webhookEvent(daysAgo(8), WebhookEvent.State.FAILED);
        String youngInbound = inbound(daysAgo(29), InboundRecord.State.HANDLED);
        String unhandled = inbound(daysAgo(31), InboundRecord.State.PENDING);

        assertEquals(0, retention.purge(NOW).total());

        QuarkusTransaction.requiringNew().run(() -> {
            for (String id : List.of(young, owed)) {
                MessageRecord stored = MessageRecord.findById(id);
                assertNotNull(stored.body, id);
                assertNotNull(stored.textPreview, id);
                assertNull(stored.bodyPurgedAt, id);
            }
            for (String id : List.of(youngEvent, unprocessed, retrying)) {
                assertNotNull(WebhookEvent.<WebhookEvent>findById(id).payload, id);
            }
            for (String id : List.of(youngInbound, unhandled)) {
                assertNotNull(InboundRecord.<InboundRecord>findById(id).body, id);
            }
        });
        given().auth().oauth2(KEY).get("/api/messages/{id}", young).then().statusCode(200)
                .body("body_purged_at", nullValue())
                .body("text_preview", notNullValue());
    }

    @Test
    void deletesRowsPastTheRecordsAgeButNotWorkStillOwed() {
        String old = message(daysAgo(366), OutboxEntry.State.DONE);
        String owed = message(daysAgo(366), OutboxEntry.State.PENDING);
        String kept = message(daysAgo(364), OutboxEntry.State.DONE);
        String oldEvent = webhookEvent(daysAgo(366), WebhookEvent.State.PROCESSED);
        String unprocessed = webhookEvent(daysAgo(366), WebhookEvent.State.RECEIVED);
        String oldInbound = inbound(daysAgo(366), InboundRecord.State.HANDLED);
        String unhandled = inbound(daysAgo(366), InboundRecord.State.PENDING);

        RetentionPurge.Report report = retention.purge(NOW);

        assertEquals(1, report.messages());
        assertEquals(1, report.webhookEvents());
        assertEquals(1, report.inboundMessages());
        QuarkusTransaction.requiringNew().run(() -> {
            assertNull(MessageRecord.findById(old));
            assertEquals(0, StatusChange.count("messageId", old));
            assertNull(OutboxEntry.findById(old));
            assertNotNull(MessageRecord.findById(owed));
            assertNotNull(MessageRecord.findById(kept));
            assertEquals(1, StatusChange.count("messageId", kept), "status history is kept with the row");
            assertNull(WebhookEvent.findById(oldEvent));
            assertNotNull(WebhookEvent.findById(unprocessed));
            assertNull(InboundRecord.findById(oldInbound));
            assertNotNull(InboundRecord.findById(unhandled));
        });
    }

    /**
     * A batch locks the rows it purges without ordering them: H2 locks every row an ordered {@code FOR UPDATE}
     * matches before it sorts, so each batch of a large purge had locked every row still to purge.
     */
    @Test
    void aBatchLocksItsRowsWithoutOrderingThem() {
        for (int i = 0; i < 12; i++) {
            webhookEvent(daysAgo(8), WebhookEvent.State.PROCESSED);
        }

        var purge = RecordedStatements.during(() -> retention.purge(NOW));

        assertEquals(12, purge.result().webhookPayloads(), "every old payload, over three batches of five");
        assertEquals(12, purge.result().total());
        assertFalse(purge.locking().isEmpty(), "each batch locks its rows: " + purge.statements());
        purge.locking().forEach(sql -> assertFalse(sql.contains("order by"), "ordered and locking: " + sql));
    }

    @Test
    void twoPurgesAtOnceBothFinishAndPurgeEachRowOnce() throws Exception {
        int rows = 40;
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            ids.add(message(daysAgo(31), OutboxEntry.State.DONE));
        }

        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<RetentionPurge.Report>> purges;
        try {
            purges = pool.invokeAll(List.of(() -> retention.purge(NOW), () -> retention.purge(NOW)));
        } finally {
            pool.shutdown();
        }

        // get() rethrows whatever either purge threw.
        int purged = purges.get(0).get().messageBodies() + purges.get(1).get().messageBodies();
        assertEquals(rows, purged, "each body is purged by exactly one of the two");
        QuarkusTransaction.requiringNew().run(() -> ids.forEach(id ->
                assertNotNull(MessageRecord.<MessageRecord>findById(id).bodyPurgedAt, id)));
    }

    private static Instant daysAgo(int days) {
        return NOW.minus(Duration.ofDays(days));
    }

    private static String message(Instant acceptedAt, OutboxEntry.State outbox) {
        String id = UUID.randomUUID().toString();
        QuarkusTransaction.requiringNew().run(() -> {
            MessageRecord message = new MessageRecord();
            message.id = id;
            message.kind = MessageRecord.Kind.MESSAGE;
            message.chatId = "chat-retention";
            message.direction = "outbound";
            message.body = "{\"text\":\"Liban will drive tomorrow at 8am.\"}";
            message.textPreview = "Liban will drive tomorrow at 8am.";
            message.deliveryStatus = outbox == OutboxEntry.State.PENDING ? DeliveryStatus.QUEUED : DeliveryStatus.DELIVERED;
            message.idempotencyKey = UUID.randomUUID().toString();
            message.requestHash = "test";
            message.acceptedAt = acceptedAt;
            message.updatedAt = acceptedAt;
            message.persist();
            StatusChange queued = new StatusChange();
            queued.messageId = id;
            queued.status = DeliveryStatus.QUEUED;
            queued.occurredAt = acceptedAt;
            queued.source = "api";
            queued.persist();
            OutboxEntry entry = new OutboxEntry();
            entry.messageId = id;
            entry.state = outbox;
            entry.attempts = 1;
            entry.nextAttemptAt = NEVER_DUE;
            entry.createdAt = acceptedAt;
            entry.updatedAt = acceptedAt;
            entry.persist();
        });
        return id;
    }

    private static String webhookEvent(Instant receivedAt, WebhookEvent.State state) {
        String id = UUID.randomUUID().toString();
        QuarkusTransaction.requiringNew().run(() -> {
            WebhookEvent event = new WebhookEvent();
            event.id = id;
            event.webhookId = UUID.randomUUID().toString();
            event.eventId = UUID.randomUUID().toString();
            event.eventType = "message.received";
            event.receivedAt = receivedAt;
            event.payload = "{\"event_type\":\"message.received\",\"data\":{\"text\":\"Thank you!\"}}";
            event.state = state;
            event.attempts = state == WebhookEvent.State.RECEIVED ? 0 : 1;
            event.nextAttemptAt = NEVER_DUE;
            event.processedAt = state == WebhookEvent.State.PROCESSED ? receivedAt : null;
            event.persist();
        });
        return id;
    }

    private static String inbound(Instant receivedAt, InboundRecord.State state) {
        String id = UUID.randomUUID().toString();
        QuarkusTransaction.requiringNew().run(() -> {
            InboundRecord inbound = new InboundRecord();
            inbound.id = id;
            inbound.linqMessageId = UUID.randomUUID().toString();
            inbound.chatId = "chat-retention";
            inbound.fromHandle = "+15551230001";
            inbound.body = "Thank you!";
            inbound.receivedAt = receivedAt;
            inbound.source = "webhook";
            inbound.unknownSender = true;
            inbound.state = state;
            inbound.nextAttemptAt = NEVER_DUE;
            inbound.handledAt = state == InboundRecord.State.HANDLED ? receivedAt : null;
            inbound.persist();
        });
        return id;
    }
}
