package com.caresupport.gateway.queue;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.Duration;
import java.time.Instant;

/**
 * A row of a work queue (outbox entries, webhook events, inbound messages): the lease columns every queue table
 * shares, so one claim query ({@link Leases}) serves them all. The entity adds its own id and {@code state}.
 * A row is worked on only by the worker named in {@code leasedBy}, until {@code leaseUntil}; a crashed
 * worker's lease simply runs out.
 */
@MappedSuperclass
public abstract class Leased extends PanacheEntityBase {

    /** The longest stored error; the columns are {@code varchar(2000)}. */
    public static final int MAX_ERROR = 2000;

    public int attempts;

    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    @Column(name = "lease_until")
    public Instant leaseUntil;

    @Column(name = "leased_by")
    public String leasedBy;

    @Column(name = "last_error")
    public String lastError;

    /** Hands the row to {@code worker} until {@code until}. */
    public void lease(String worker, Instant until) {
        leaseUntil = until;
        leasedBy = worker;
    }

    /** Gives the row back: anyone may claim it once it is due. */
    public void release() {
        leaseUntil = null;
        leasedBy = null;
    }

    /** Records a successful attempt and gives the row back. */
    public void succeeded() {
        attempts++;
        lastError = null;
        release();
    }

    /** Records a failed attempt; the next one is due after the backoff, and never sooner than {@code notBefore}. */
    public void retryLater(String error, Backoff backoff, Duration notBefore, Instant now) {
        attempts++;
        lastError = truncate(error == null ? "unknown" : error);
        Duration wait = backoff.after(attempts);
        nextAttemptAt = now.plus(notBefore.compareTo(wait) > 0 ? notBefore : wait);
        release();
    }

    public static String truncate(String error) {
        return error == null || error.length() <= MAX_ERROR ? error : error.substring(0, MAX_ERROR);
    }
}
