package com.caresupport.gateway.queue;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.CriteriaUpdate;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.hibernate.Timeouts;

/**
 * The one way a queue row is claimed before it is worked on. A claim locks the rows it wants with
 * {@code FOR UPDATE SKIP LOCKED} and takes their lease in one short transaction, so workers on several
 * instances, the scheduled loop and the immediate path split the rows instead of repeating them; the lease
 * then covers the work, which runs outside any transaction. Built with the criteria API on the queue's entity
 * class, so the same query serves every queue on H2 and PostgreSQL.
 */
@ApplicationScoped
public class Leases {

    /** What else a claimed row must satisfy, besides being open and unleased. */
    private interface Filter<E> {
        Predicate on(CriteriaBuilder cb, Root<E> row, Instant now);
    }

    /** Claims up to a batch of due, unleased rows for {@code worker}, oldest due first; returns their ids. */
    public <E extends Leased> List<String> claimDue(WorkQueue<E> queue, String worker) {
        QueueSettings settings = queue.definition().settings();
        return claim(queue, worker, settings.batchSize(), (cb, row, now) -> cb.and(
                cb.lessThan(row.get("attempts"), settings.maxAttempts()),
                cb.lessThanOrEqualTo(row.get("nextAttemptAt"), now)));
    }

    /**
     * Claims row {@code id} for {@code worker} unless it is finished or leased (the immediate path, which need
     * not wait for the row to be due); true when taken.
     */
    public <E extends Leased> boolean claim(WorkQueue<E> queue, String id, String worker) {
        return !claim(queue, worker, 1, (cb, row, now) -> cb.equal(row.get(idAttribute(queue)), id)).isEmpty();
    }

    /**
     * Per open state, two statements in one short transaction. First the due rows' ids, oldest first, read without
     * locks: ordered by state and then next attempt, H2 walks the {@code (state, next_attempt_at)} index in order
     * and stops at the limit (with {@code state = ?} rather than {@code state in (…)}, for the same reason). Then
     * those rows are locked, by id, skipping any another worker holds, and checked again. A single ordered
     * {@code FOR UPDATE} was not enough: H2 locks every row that matches before it sorts, so during a backlog of
     * 100 000 webhook events each run of the retry job locked all of them for seconds (the processor's claims
     * waited on it until they timed out) and rewrote every one. The oldest due of all the states' rows are leased;
     * the others were only locked for this short transaction. Two workers that read the same ids split them: the
     * one that locks a row first claims it.
     */
    private <E extends Leased> List<String> claim(WorkQueue<E> queue, String worker, int limit, Filter<E> filter) {
        WorkQueue.Definition<E> definition = queue.definition();
        return QuarkusTransaction.requiringNew().call(() -> {
            EntityManager em = Panache.getEntityManager();
            CriteriaBuilder cb = em.getCriteriaBuilder();
            Instant now = Instant.now();
            String idAttribute = idAttribute(queue);
            List<E> claimed = new ArrayList<>();
            for (Enum<?> state : definition.open()) {
                CriteriaQuery<String> due = cb.createQuery(String.class);
                Root<E> row = due.from(definition.entity());
                due.select(row.get(idAttribute))
                        .where(claimable(cb, row, state, now, filter))
                        .orderBy(cb.asc(row.get("state")), cb.asc(row.get("nextAttemptAt")));
                List<String> ids = em.createQuery(due).setMaxResults(limit).getResultList();
                if (ids.isEmpty()) {
                    continue;
                }
                CriteriaQuery<E> lock = cb.createQuery(definition.entity());
                Root<E> locked = lock.from(definition.entity());
                lock.where(locked.get(idAttribute).in(ids), claimable(cb, locked, state, now, filter));
                claimed.addAll(em.createQuery(lock)
                        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                        .setHint("jakarta.persistence.lock.timeout", Timeouts.SKIP_LOCKED_MILLI)
                        .getResultList());
            }
            var ids = em.getEntityManagerFactory().getPersistenceUnitUtil();
            return claimed.stream().sorted(Comparator.comparing((E entity) -> entity.nextAttemptAt)).limit(limit)
                    .map(entity -> {
                        entity.lease(worker, now.plus(definition.settings().lease()));
                        return (String) ids.getIdentifier(entity);
                    }).toList();
        });
    }

    /** Gives back the rows of {@code ids} that {@code worker} still holds, unworked: due again at once. */
    public <E extends Leased> void release(WorkQueue<E> queue, List<String> ids, String worker) {
        QuarkusTransaction.requiringNew().run(() -> {
            EntityManager em = Panache.getEntityManager();
            CriteriaBuilder cb = em.getCriteriaBuilder();
            CriteriaUpdate<E> release = cb.createCriteriaUpdate(queue.definition().entity());
            Root<E> row = release.from(queue.definition().entity());
            release.set(row.<Instant>get("leaseUntil"), cb.nullLiteral(Instant.class))
                    .set(row.<String>get("leasedBy"), cb.nullLiteral(String.class))
                    .where(row.get(idAttribute(queue)).in(ids), cb.equal(row.get("leasedBy"), worker));
            em.createQuery(release).executeUpdate();
        });
    }

    /** Open in {@code state}, unleased (or its lease ran out), and whatever else the caller asks. */
    private static <E> Predicate claimable(CriteriaBuilder cb, Root<E> row, Enum<?> state, Instant now, Filter<E> filter) {
        return cb.and(cb.equal(row.get("state"), state),
                cb.or(cb.isNull(row.get("leaseUntil")), cb.lessThan(row.get("leaseUntil"), now)),
                filter.on(cb, row, now));
    }

    private static String idAttribute(WorkQueue<?> queue) {
        return Panache.getEntityManager().getMetamodel().entity(queue.definition().entity()).getId(String.class)
                .getName();
    }
}
