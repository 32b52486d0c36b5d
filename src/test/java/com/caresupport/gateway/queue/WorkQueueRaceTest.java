package com.caresupport.gateway.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.caresupport.gateway.inbound.InboundRecord;
import com.caresupport.gateway.testing.RecordedStatements;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The work queue itself, under the conditions it exists for: workers racing for the same rows, a worker that
 * died holding leases, and a row that keeps failing. The rows are inbound messages in the HANDLED state, which
 * the real inbound queue never claims, so the application's own schedule cannot take them from the test; they
 * are due since long ago, so they come first in every claim.
 */
@QuarkusTest
@Tag("persistence")
class WorkQueueRaceTest {

    private static final Instant LONG_AGO = Instant.parse("2001-01-01T00:00:00Z");
    private static final Backoff BACKOFF = new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(1));

    @Inject
    Leases leases;

    @Test
    void twoWorkersRacingClaimEachDueRowOnce() throws Exception {
        Set<String> rows = new HashSet<>();
        for (int i = 0; i < 40; i++) {
            rows.add(row(LONG_AGO, null, null));
        }
        WorkQueue<InboundRecord> queue = new HandledRows(5, 1000);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<List<String>>> workers = new ArrayList<>();
            for (String name : List.of("worker-a", "worker-b")) {
                workers.add(() -> {
                    start.await();
                    List<String> claimed = new ArrayList<>();
                    for (int round = 0; round < 40; round++) {
                        claimed.addAll(leases.claimDue(queue, name));
                    }
                    return claimed;
                });
            }
            List<Future<List<String>>> results = new ArrayList<>();
            for (Callable<List<String>> worker : workers) {
                results.add(pool.submit(worker));
            }
            start.countDown();
            List<String> all = new ArrayList<>();
            for (Future<List<String>> result : results) {
                all.addAll(result.get());
            }
            List<String> ours = all.stream().filter(rows::contains).toList();
            assertEquals(rows.size(), ours.size(), "claims of the test rows, counting repeats");
            assertEquals(rows, new HashSet<>(ours), "every due row is claimed");
        } finally {
            pool.shutdownNow();
        }
        QuarkusTransaction.requiringNew().run(() -> {
            for (String id : rows) {
                InboundRecord row = InboundRecord.findById(id);
                assertTrue(Set.of("worker-a", "worker-b").contains(row.leasedBy), id + " leased by " + row.leasedBy);
                assertTrue(row.leaseUntil.isAfter(Instant.now()), id + " lease runs");
            }
        });
    }

    @Test
    void aDeadWorkersExpiredLeaseIsReclaimedAndALiveOneIsNot() {
        Instant now = Instant.now();
        String expired = row(LONG_AGO, "crashed-worker", now.minusSeconds(1));
        String held = row(LONG_AGO, "live-worker", now.plus(Duration.ofMinutes(10)));
        String notDue = row(now.plus(Duration.ofMinutes(10)), null, null);

        List<String> claimed = leases.claimDue(new HandledRows(500, 1000), "rescuer");

        assertTrue(claimed.contains(expired), "expired lease reclaimed");
        assertFalse(claimed.contains(held), "a live lease is respected");
        assertFalse(claimed.contains(notDue), "a row not yet due waits");
        QuarkusTransaction.requiringNew().run(() -> {
            assertEquals("rescuer", InboundRecord.<InboundRecord>findById(expired).leasedBy);
            assertEquals("live-worker", InboundRecord.<InboundRecord>findById(held).leasedBy);
        });
    }

    @Test
    void claimByIdTakesOnlyAFreeOpenRow() {
        WorkQueue<InboundRecord> queue = new HandledRows(5, 1000);
        String id = row(Instant.now(), "live-worker", Instant.now().plus(Duration.ofMinutes(10)));
        assertFalse(leases.claim(queue, id, "immediate"), "held by another worker");

        QuarkusTransaction.requiringNew().run(() -> InboundRecord.<InboundRecord>findById(id).leaseUntil =
                Instant.now().minusSeconds(1));
        assertTrue(leases.claim(queue, id, "immediate"), "its lease ran out");
        assertFalse(leases.claim(queue, id, "retry-loop"), "now held by the first claimant");

        String finished = row(LONG_AGO, null, null);
        QuarkusTransaction.requiringNew().run(() -> InboundRecord.<InboundRecord>findById(finished).state =
                InboundRecord.State.PENDING);
        assertFalse(leases.claim(queue, finished, "immediate"), "not in an open state of this queue");
    }

    @Test
    void aRowOutOfAttemptsIsNotClaimed() {
        String spent = row(LONG_AGO, null, null);
        QuarkusTransaction.requiringNew().run(() -> InboundRecord.<InboundRecord>findById(spent).attempts = 3);

        assertFalse(leases.claimDue(new HandledRows(500, 3), "worker").contains(spent));
        assertTrue(leases.claimDue(new HandledRows(500, 4), "worker").contains(spent));
    }

    /**
     * The oldest due rows are claimed first, and no statement both orders and locks: H2 locks every row such a
     * statement matches before it sorts, so a claim of a few rows from a long backlog locked (and rewrote) the
     * whole backlog, and everyone else's claims waited on it.
     */
    @Test
    void aClaimTakesTheOldestDueRowsAndLocksNoMoreThanItReads() {
        Instant oldest = Instant.parse("1990-01-01T00:00:00Z");
        List<String> rows = new ArrayList<>();
        for (int i = 11; i >= 0; i--) {
            rows.add(0, row(oldest.plusSeconds(i), null, null));
        }
        try {
            var claim = RecordedStatements.during(() -> leases.claimDue(new HandledRows(5, 1000), "worker"));

            assertEquals(rows.subList(0, 5), claim.result(), "the five oldest due rows, oldest first");
            assertFalse(claim.locking().isEmpty(), "the claim locks the rows it takes: " + claim.statements());
            claim.locking().forEach(sql -> assertFalse(sql.contains("order by"), "ordered and locking: " + sql));
            assertEquals(rows.subList(5, 10), leases.claimDue(new HandledRows(5, 1000), "worker"), "then the next five");
        } finally {
            QuarkusTransaction.requiringNew().run(() -> InboundRecord.delete("id in ?1", rows));
        }
    }

    @Test
    void backoffDoublesAndStaysCapped() {
        assertEquals(Duration.ofSeconds(1), BACKOFF.after(0));
        assertEquals(Duration.ofSeconds(1), BACKOFF.after(1));
        assertEquals(Duration.ofSeconds(2), BACKOFF.after(2));
        assertEquals(Duration.ofSeconds(32), BACKOFF.after(6));
        assertEquals(Duration.ofMinutes(1), BACKOFF.after(7));
        assertEquals(Duration.ofMinutes(1), BACKOFF.after(64));
        assertEquals(Duration.ofMinutes(1), BACKOFF.after(Integer.MAX_VALUE));
        assertEquals(Long.MAX_VALUE, Backoff.millis(Long.MAX_VALUE / 3, 2, Long.MAX_VALUE), "no overflow");
    }

    @Test
    void aRowThatKeepsFailingWaitsNoLongerThanTheCapUnlessLinqAsks() {
        String id = row(LONG_AGO, "worker", Instant.now().plusSeconds(60));
        // Whole milliseconds: the database keeps microseconds and rounds the clock's nanoseconds to them, which
        // can carry into the next millisecond (a CI run saw ...443 stored as ...444).
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        QuarkusTransaction.requiringNew().run(() -> {
            InboundRecord row = InboundRecord.findById(id);
            row.attempts = 10_000;
            row.retryLater("x".repeat(5000), BACKOFF, Duration.ZERO, now);
        });
        QuarkusTransaction.requiringNew().run(() -> {
            InboundRecord row = InboundRecord.findById(id);
            assertEquals(10_001, row.attempts);
            assertEquals(now.plus(Duration.ofMinutes(1)).toEpochMilli(), row.nextAttemptAt.toEpochMilli());
            assertEquals(Leased.MAX_ERROR, row.lastError.length());
            assertEquals(null, row.leasedBy, "released");
            row.retryLater(null, BACKOFF, Duration.ofMinutes(5), now);
        });
        QuarkusTransaction.requiringNew().run(() -> {
            InboundRecord row = InboundRecord.findById(id);
            assertEquals(now.plus(Duration.ofMinutes(5)).toEpochMilli(), row.nextAttemptAt.toEpochMilli(),
                    "a longer Retry-After wins over the cap");
            assertEquals("unknown", row.lastError);
        });
    }

    /** A queue over HANDLED inbound rows; only the claim is exercised, so it does no work. */
    private record HandledRows(int batchSize, int maxAttempts) implements WorkQueue<InboundRecord> {

        @Override
        public Definition<InboundRecord> definition() {
            return new Definition<>("test-handled-rows", InboundRecord.class, Set.of(InboundRecord.State.HANDLED),
                    new QueueSettings(Duration.ofSeconds(1), batchSize, Duration.ofMinutes(10), maxAttempts, BACKOFF));
        }

        @Override
        public void work(String id) {
            throw new UnsupportedOperationException("claims only");
        }
    }

    private static String row(Instant due, String leasedBy, Instant leaseUntil) {
        String id = UUID.randomUUID().toString();
        QuarkusTransaction.requiringNew().run(() -> {
            InboundRecord row = new InboundRecord();
            row.id = id;
            row.linqMessageId = "queue-test-" + id;
            row.receivedAt = Instant.now();
            row.source = "webhook";
            row.unknownSender = true;
            row.state = InboundRecord.State.HANDLED;
            row.nextAttemptAt = due;
            row.leasedBy = leasedBy;
            row.leaseUntil = leaseUntil;
            row.persist();
        });
        return id;
    }
}
