package com.caresupport.gateway.jobs;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Leases on rows of a work table (webhook events, inbound messages): the one way a row is claimed before it
 * is worked on, so the immediate path, the retry job and other instances never work on it at once, and a
 * crashed worker's claim simply runs out. The table's entity has {@code id}, {@code state},
 * {@code attempts}, {@code nextAttemptAt} and {@code leaseUntil}.
 */
public final class Leases {

    private Leases() {
    }

    /** Takes the lease on row {@code id} unless it is {@code finished} or leased; true when taken. */
    public static boolean claim(Class<?> entity, String id, Enum<?> finished, Duration lease) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Instant now = Instant.now();
            return Panache.getEntityManager()
                    .createQuery("update " + entity.getSimpleName() + " set leaseUntil = :until where id = :id"
                            + " and state <> :finished and (leaseUntil is null or leaseUntil < :now)")
                    .setParameter("until", now.plus(lease)).setParameter("id", id)
                    .setParameter("finished", finished).setParameter("now", now)
                    .executeUpdate() == 1;
        });
    }

    /** Ids of unfinished rows whose next attempt is due and that nobody holds, oldest first. */
    public static List<String> due(Class<?> entity, Enum<?> finished, int maxAttempts, int limit) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Instant now = Instant.now();
            return Panache.getEntityManager()
                    .createQuery("select id from " + entity.getSimpleName() + " where state <> :finished"
                            + " and attempts < :max and nextAttemptAt <= :now and (leaseUntil is null or leaseUntil < :now)"
                            + " order by nextAttemptAt", String.class)
                    .setParameter("finished", finished).setParameter("max", maxAttempts).setParameter("now", now)
                    .setMaxResults(limit).getResultList();
        });
    }

    /** When to try again after {@code attempts} failures: {@code base} doubled per attempt. */
    public static Instant nextAttempt(Duration base, int attempts) {
        return Instant.now().plus(base.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 10)));
    }
}
