package com.caresupport.gateway.ops;

import static com.caresupport.gateway.testing.GatewayApi.api;
import static com.caresupport.gateway.testing.Management.management;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import com.caresupport.gateway.delivery.MessageRecord;
import com.caresupport.gateway.delivery.OutboxEntry;
import com.caresupport.gateway.testing.LinqTestSupport;
import com.caresupport.gateway.testing.SandboxControl;
import com.caresupport.gateway.webhook.WebhookEvent;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each health state: ready, Linq degraded but still ready, and a backlog over its thresholds. */
@QuarkusTest
class HealthTest extends LinqTestSupport {

    private static final String LINQ = "checks.find { it.name == 'linq' }";
    private static final String BACKLOG = "checks.find { it.name == 'backlog' }";

    @BeforeEach
    void clearBacklog() {
        QuarkusTransaction.requiringNew().run(() -> WebhookEvent.update("state = ?1 where state <> ?1",
                WebhookEvent.State.PROCESSED));
    }

    @Test
    void readyWithTheDatabaseAndLinqUp() {
        management().get("/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"))
                .body(LINQ + ".status", equalTo("UP"))
                .body(LINQ + ".data.state", equalTo("up"))
                .body(LINQ + ".data.circuit", equalTo("closed"));
    }

    @Test
    void aLinqOutageIsDegradedButTheGatewayStaysReady() {
        SandboxControl.fault("^/chats$").method("GET").status(503).times(1000).install();
        for (int i = 0; i < 4; i++) {
            api().get("/api/chats").then().statusCode(503);
        }

        management().get("/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body(LINQ + ".status", equalTo("UP"))
                .body(LINQ + ".data.state", equalTo("degraded"))
                // open, or already half-open: the test profile lets the circuit try again after 500 ms
                .body(LINQ + ".data.circuit", not(equalTo("closed")));
    }

    @Test
    void backlogIsUpWhileNothingIsOld() {
        management().get("/health/group/backlog").then().statusCode(200)
                .body(BACKLOG + ".status", equalTo("UP"))
                .body(BACKLOG + ".data.over_threshold", equalTo("none"));
    }

    @Test
    void anOldOutboxMessageTakesTheBacklogCheckDownButNotReadiness() {
        queueOldMessage(Duration.ofHours(1));

        management().get("/health/group/backlog").then().statusCode(503)
                .body(BACKLOG + ".status", equalTo("DOWN"))
                .body(BACKLOG + ".data.over_threshold", equalTo("outbox-age"));
        management().get("/health/ready").then().statusCode(200);
    }

    @Test
    void anOldUnprocessedWebhookTakesTheBacklogCheckDown() {
        QuarkusTransaction.requiringNew().run(() -> {
            WebhookEvent event = new WebhookEvent();
            event.id = UUID.randomUUID().toString();
            event.receivedAt = Instant.now().minus(Duration.ofHours(1));
            event.payload = "{}";
            event.state = WebhookEvent.State.FAILED;
            event.attempts = 1;
            event.nextAttemptAt = Instant.now().plus(Duration.ofDays(1));
            event.persist();
        });

        management().get("/health/group/backlog").then().statusCode(503)
                .body(BACKLOG + ".data.over_threshold", equalTo("webhook-age"))
                .body(BACKLOG + ".data.webhook_backlog", equalTo(1));
    }

    /** A pending message accepted {@code age} ago whose next attempt is far away, so no worker delivers it. */
    private static void queueOldMessage(Duration age) {
        QuarkusTransaction.requiringNew().run(() -> {
            Instant then = Instant.now().minus(age);
            MessageRecord message = new MessageRecord();
            message.id = UUID.randomUUID().toString();
            message.direction = "outbound";
            message.kind = MessageRecord.Kind.MESSAGE;
            message.chatId = "chat-health";
            message.body = "{\"text\":\"old\"}";
            message.deliveryStatus = com.caresupport.gateway.delivery.DeliveryStatus.QUEUED;
            message.idempotencyKey = message.id;
            message.requestHash = "0".repeat(64);
            message.acceptedAt = then;
            message.updatedAt = then;
            message.persist();
            OutboxEntry entry = new OutboxEntry();
            entry.messageId = message.id;
            entry.state = OutboxEntry.State.PENDING;
            entry.nextAttemptAt = Instant.now().plus(Duration.ofDays(1));
            entry.createdAt = then;
            entry.updatedAt = then;
            entry.persist();
        });
    }
}
