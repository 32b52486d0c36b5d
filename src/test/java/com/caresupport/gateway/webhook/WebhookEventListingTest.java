package com.caresupport.gateway.webhook;

import static com.caresupport.gateway.testing.GatewayApi.api;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.caresupport.gateway.ops.Backlog;
import com.caresupport.gateway.testing.RecordedStatements;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * What an on-call engineer asks during a backlog: the events of one state, newest first, and the backlog's count
 * and age (gauges, the backlog health group). Each must read the rows it is about, not every event stored.
 */
@QuarkusTest
@Tag("persistence")
class WebhookEventListingTest {

    /** Later than any event another test stores, so these come first in a newest-first listing. */
    private static final Instant FUTURE = Instant.parse("2190-01-01T00:00:00Z");

    @Inject
    DataSource dataSource;

    @Inject
    Backlog backlog;

    @Test
    void listsOneStateNewestFirstUpToTheLimit() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            ids.add(0, event(FUTURE.plusSeconds(i), WebhookEvent.State.FAILED));
        }
        String processed = event(FUTURE.plusSeconds(10), WebhookEvent.State.PROCESSED);
        try {
            List<String> listed = api().queryParam("state", "failed").queryParam("limit", 3).get("/api/webhook-events")
                    .then().statusCode(200).extract().path("events.id");
            assertEquals(ids.subList(0, 3), listed, "the three newest failed events, newest first");
        } finally {
            List<String> all = new ArrayList<>(ids);
            all.add(processed);
            QuarkusTransaction.requiringNew().run(() -> WebhookEvent.delete("id in ?1", all));
        }
    }

    /** On H2 the plan is fixed by the statement's shape, so it is checked here; PostgreSQL plans by statistics. */
    @Test
    void onH2TheListingWalksTheStateIndexNewestFirst() throws Exception {
        assumeTrue(onH2(), "H2 only");
        var listing = RecordedStatements.duringOnAnyThread(() -> api().queryParam("state", "received").queryParam("limit", 1)
                .get("/api/webhook-events").then().statusCode(200));
        // Other threads' statements are recorded too; the listing's is the one ordered newest first.
        List<String> selects = listing.statements().stream()
                .filter(sql -> sql.contains("from webhook_event") && sql.contains("received_at desc")).toList();
        assertEquals(1, selects.size(), listing.statements().toString());

        String plan = explain(selects.get(0), explain -> {
            int parameters = explain.getParameterMetaData().getParameterCount();
            explain.setString(1, WebhookEvent.State.RECEIVED.name());
            for (int i = 2; i <= parameters; i++) {
                explain.setInt(i, i == parameters ? 1 : 0);
            }
        });
        assertTrue(plan.contains("IX_WEBHOOK_EVENT_STATE_RECEIVED") && plan.contains("index sorted"), plan);
    }

    /**
     * The backlog health check's read: the outbox's and the webhook events' open states, each from its index; no
     * message table, whose size has nothing to do with the backlog and which a monitor would otherwise walk on
     * every probe.
     */
    @Test
    void onH2TheBacklogIsReadFromTheQueuesStateIndexesAlone() throws Exception {
        assumeTrue(onH2(), "H2 only");
        List<String> statements = RecordedStatements.during(() -> backlog.read()).statements();
        assertEquals(2, statements.stream().filter(sql -> sql.contains("from webhook_event")).count(), statements.toString());
        assertEquals(2, statements.stream().filter(sql -> sql.contains("from outbox_entry")).count(), statements.toString());
        assertEquals(4, statements.size(), statements.toString());
        for (String sql : statements) {
            String plan = explain(sql, parameters -> {
                int count = parameters.getParameterMetaData().getParameterCount();
                if (sql.contains("from outbox_entry")) {
                    parameters.setString(1, "PENDING");
                    return;
                }
                for (int i = 1; i < count; i++) {
                    parameters.setString(i, i % 2 == 1 ? "RECEIVED" : "FAILED");
                }
                parameters.setInt(count, 10);
            });
            assertTrue(plan.contains("IX_") && !plan.contains("tableScan"), plan);
        }
    }

    private boolean onH2() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            return "H2".equals(connection.getMetaData().getDatabaseProductName());
        }
    }

    private interface Binding {
        void bind(PreparedStatement statement) throws Exception;
    }

    /** H2's plan for {@code sql}, its parameters bound by {@code binding}. */
    private String explain(String sql, Binding binding) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement explain = connection.prepareStatement("explain " + sql)) {
            binding.bind(explain);
            try (ResultSet rows = explain.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        }
    }

    private static String event(Instant receivedAt, WebhookEvent.State state) {
        String id = UUID.randomUUID().toString();
        QuarkusTransaction.requiringNew().run(() -> {
            WebhookEvent event = new WebhookEvent();
            event.id = id;
            event.webhookId = "listing-" + id;
            event.eventId = "listing-" + id;
            event.eventType = "message.received";
            event.receivedAt = receivedAt;
            event.payload = "{}";
            event.state = state;
            event.attempts = 1;
            // Never due: the retry job leaves these alone.
            event.nextAttemptAt = FUTURE.plusSeconds(3600);
            event.persist();
        });
        return id;
    }
}
