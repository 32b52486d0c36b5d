package com.caresupport.gateway.delivery;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import org.hibernate.Timeouts;

/**
 * Keeps delivering queued messages. Each run claims a batch of due entries by locking them with
 * {@code FOR UPDATE SKIP LOCKED} and taking their lease in one short transaction, so instances sharing a
 * database split the work instead of repeating it; the lease also covers the delivery itself, which runs
 * outside any transaction. Safe to run on every instance at once.
 */
@ApplicationScoped
public class OutboxWorker {

    private final Outbox outbox;
    private final DeliveryConfig config;

    OutboxWorker(Outbox outbox, DeliveryConfig config) {
        this.outbox = outbox;
        this.config = config;
    }

    @Scheduled(identity = "outbox", every = "${gateway.outbox.interval:5s}", delayed = "2s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void run() {
        drain(Outbox.instance());
    }

    /** Claims and delivers due messages as {@code worker}; returns how many it claimed. */
    public int drain(String worker) {
        List<String> claimed = claim(worker);
        claimed.forEach(outbox::deliverClaimed);
        return claimed.size();
    }

    List<String> claim(String worker) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Instant now = Instant.now();
            List<OutboxEntry> due = OutboxEntry.<OutboxEntry>find(
                    "state = ?1 and nextAttemptAt <= ?2 and (leaseUntil is null or leaseUntil < ?2) order by nextAttemptAt",
                    OutboxEntry.State.PENDING, now)
                    .withLock(LockModeType.PESSIMISTIC_WRITE)
                    .withHint("jakarta.persistence.lock.timeout", Timeouts.SKIP_LOCKED_MILLI)
                    .page(0, config.batchSize())
                    .list();
            for (OutboxEntry entry : due) {
                entry.leaseUntil = now.plus(config.lease());
                entry.leasedBy = worker;
                entry.updatedAt = now;
            }
            return due.stream().map(e -> e.messageId).toList();
        });
    }
}
