package com.caresupport.gateway.webhook;

import com.caresupport.gateway.ids.TimeOrderedIds;
import com.caresupport.gateway.queue.GroupCommit;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;

/**
 * Stores accepted deliveries once: the unique ids in the database decide what is a repeat. Deliveries arriving
 * together are stored together ({@link GroupCommit}): one transaction and one durable commit for the lot, each
 * caller answered after it. Repeats are recognised within a batch and against the table; a copy that another
 * instance stored meanwhile fails the batch's commit on the unique ids, and the batch is then stored one by one.
 */
@ApplicationScoped
public class WebhookEvents {

    /** Enough to fill a commit under any load the receiver takes; small enough for one IN list. */
    private static final int MAX_BATCH = 256;

    /**
     * How long a stored event is left to {@link WebhookBacklog} before the retry job may take it up too (its
     * next attempt is due then). The retry job used to claim fresh events while the backlog was processing them,
     * and each of its one-event transactions held chat rows that the backlog's batch then waited for.
     */
    static final Duration RETRY_GRACE = Duration.ofMinutes(1);

    /**
     * Looked up when the writer first stores, not injected: a CLI verb runs with the datasource inactive, and
     * Quarkus starts every directly injected datasource at start-up, which an inactive one refuses.
     */
    private final Instance<DataSource> dataSource;
    private final WebhookConfig config;
    private GroupCommit<Delivery> writer;

    WebhookEvents(Instance<DataSource> dataSource, WebhookConfig config) {
        this.dataSource = dataSource;
        this.config = config;
    }

    /** An accepted delivery as it will be stored. */
    private record Delivery(String id, String webhookId, String eventId, String eventType, String apiVersion,
            String webhookVersion, Instant receivedAt, String payload) {

        WebhookEvent toEntity() {
            WebhookEvent event = new WebhookEvent();
            event.id = id;
            event.webhookId = webhookId;
            event.eventId = eventId;
            event.eventType = eventType;
            event.apiVersion = apiVersion;
            event.webhookVersion = webhookVersion;
            event.receivedAt = receivedAt;
            event.payload = payload;
            event.state = WebhookEvent.State.RECEIVED;
            event.nextAttemptAt = receivedAt.plus(RETRY_GRACE);
            return event;
        }
    }

    /** The envelope's fields stored beside the payload, as the receiver read them. */
    public record Envelope(String eventId, String eventType, String apiVersion, String webhookVersion) {
    }

    /**
     * Queues the delivery for the next commit without waiting for it: the future holds the stored event's id,
     * or empty when this delivery repeats one already stored, and completes once the commit is done. It fails
     * at once when the writer's queue is full ({@link java.util.concurrent.RejectedExecutionException}).
     */
    public CompletableFuture<Optional<String>> store(String webhookId, Envelope envelope, String raw) {
        Delivery delivery = new Delivery(TimeOrderedIds.next(), blankToNull(webhookId), blankToNull(envelope.eventId()),
                envelope.eventType(), envelope.apiVersion(), envelope.webhookVersion(), Instant.now(), raw);
        return writer.submit(delivery).thenApply(stored -> stored ? Optional.of(delivery.id()) : Optional.empty());
    }

    /** Not in a field initializer: the bean's client proxy is a subclass, and would start a writer of its own. */
    @PostConstruct
    void open() {
        writer = new GroupCommit<>("webhook-event-writer", MAX_BATCH, config.writerQueue(), Duration.ofSeconds(30),
                this::insertAll, WebhookEvents::insertOne);
    }

    @PreDestroy
    void close() {
        writer.close();
    }

    /**
     * Stores the batch's new deliveries in one transaction; per delivery, whether it was new. Plain JDBC: one
     * query per unique id for the whole batch and one batched insert, where the entity manager spent most of
     * the writer's time translating queries and managing entities it never reads. A local transaction on a
     * pooled connection, not a JTA one: the rows join no other resource, and the transaction manager's
     * transaction and the session that lent its connection took about a tenth of the writer's time.
     */
    private List<Boolean> insertAll(List<Delivery> batch) {
        try (Connection connection = dataSource.get().getConnection()) {
            connection.setAutoCommit(false);
            try {
                List<Boolean> stored = insertNew(connection, batch);
                connection.commit();
                return stored;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("storing " + batch.size() + " webhook deliveries failed", e);
        }
    }

    private static List<Boolean> insertNew(Connection connection, List<Delivery> batch) throws SQLException {
        Set<String> webhookIds = known(connection, "webhook_id", batch.stream().map(Delivery::webhookId).toList());
        Set<String> eventIds = known(connection, "event_id", batch.stream().map(Delivery::eventId).toList());
        List<Boolean> stored = new ArrayList<>(batch.size());
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (Delivery delivery : batch) {
                boolean repeat = delivery.webhookId() != null && webhookIds.contains(delivery.webhookId())
                        || delivery.eventId() != null && eventIds.contains(delivery.eventId());
                if (!repeat) {
                    bind(insert, delivery);
                    insert.addBatch();
                    if (delivery.webhookId() != null) {
                        webhookIds.add(delivery.webhookId());
                    }
                    if (delivery.eventId() != null) {
                        eventIds.add(delivery.eventId());
                    }
                }
                stored.add(!repeat);
            }
            if (stored.contains(true)) {
                insert.executeBatch();
            }
        }
        return stored;
    }

    private static final String INSERT = "insert into webhook_event (id, webhook_id, event_id, event_type, api_version,"
            + " webhook_version, received_at, payload, state, attempts, next_attempt_at)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)";

    /** The row {@link Delivery#toEntity()} describes, as the insert's parameters. */
    private static void bind(PreparedStatement insert, Delivery delivery) throws SQLException {
        OffsetDateTime received = delivery.receivedAt().atOffset(ZoneOffset.UTC);
        insert.setString(1, delivery.id());
        insert.setString(2, delivery.webhookId());
        insert.setString(3, delivery.eventId());
        insert.setString(4, delivery.eventType());
        insert.setString(5, delivery.apiVersion());
        insert.setString(6, delivery.webhookVersion());
        insert.setObject(7, received);
        insert.setString(8, delivery.payload());
        insert.setString(9, WebhookEvent.State.RECEIVED.name());
        insert.setObject(10, delivery.receivedAt().plus(RETRY_GRACE).atOffset(ZoneOffset.UTC));
    }

    /**
     * Which of {@code values} the table already holds in {@code column}. The IN list is padded (repeating a
     * value) to one of a few lengths, so that the database sees a few statements again and again, not one per
     * batch size.
     */
    private static Set<String> known(Connection connection, String column, List<String> values) throws SQLException {
        List<String> present = values.stream().filter(Objects::nonNull).distinct().toList();
        Set<String> known = new HashSet<>();
        for (int from = 0; from < present.size(); from += MAX_BATCH) {
            List<String> chunk = present.subList(from, Math.min(present.size(), from + MAX_BATCH));
            int size = chunk.size() <= 16 ? 16 : chunk.size() <= 64 ? 64 : MAX_BATCH;
            String sql = "select " + column + " from webhook_event where " + column + " in ("
                    + String.join(", ", Collections.nCopies(size, "?")) + ")";
            try (PreparedStatement query = connection.prepareStatement(sql)) {
                for (int i = 0; i < size; i++) {
                    query.setString(i + 1, chunk.get(Math.min(i, chunk.size() - 1)));
                }
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        known.add(rows.getString(1));
                    }
                }
            }
        }
        return known;
    }

    /** One delivery in its own transaction, for a batch that failed as a whole. */
    private static boolean insertOne(Delivery delivery) {
        if (isKnown(delivery)) {
            return false;
        }
        try {
            QuarkusTransaction.requiringNew().run(() -> delivery.toEntity().persist());
            return true;
        } catch (RuntimeException e) {
            // A concurrent copy won the unique constraint: that is a repeat, not a failure.
            if (isKnown(delivery)) {
                return false;
            }
            throw e;
        }
    }

    private static boolean isKnown(Delivery delivery) {
        return QuarkusTransaction.requiringNew().call(() ->
                delivery.webhookId() != null && WebhookEvent.count("webhookId", delivery.webhookId()) > 0
                        || delivery.eventId() != null && WebhookEvent.count("eventId", delivery.eventId()) > 0);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
