package com.caresupport.gateway.queue;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
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
     * One query per open state: with {@code state = ?} H2 walks the {@code (state, next_attempt_at)} index in
     * order and stops at the limit, where {@code state in (…)} made it read and sort every open row (the whole
     * webhook backlog, every time the retry job looked). The oldest due of all the states' rows are leased; the
     * others were only locked for this short transaction.
     */
    private <E extends Leased> List<String> claim(WorkQueue<E> queue, String worker, int limit, Filter<E> filter) {
        WorkQueue.Definition<E> definition = queue.definition();
        return QuarkusTransaction.requiringNew().call(() -> {
            EntityManager em = Panache.getEntityManager();
            CriteriaBuilder cb = em.getCriteriaBuilder();
            Instant now = Instant.now();
            List<E> claimed = new ArrayList<>();
            for (Enum<?> state : definition.open()) {
                CriteriaQuery<E> query = cb.createQuery(definition.entity());
                Root<E> row = query.from(definition.entity());
                query.where(cb.equal(row.get("state"), state),
                        cb.or(cb.isNull(row.get("leaseUntil")), cb.lessThan(row.get("leaseUntil"), now)),
                        filter.on(cb, row, now))
                        .orderBy(cb.asc(row.get("nextAttemptAt")));
                claimed.addAll(em.createQuery(query)
                        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                        .setHint("jakarta.persistence.lock.timeout", Timeouts.SKIP_LOCKED_MILLI)
                        .setMaxResults(limit)
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

    private static String idAttribute(WorkQueue<?> queue) {
        return Panache.getEntityManager().getMetamodel().entity(queue.definition().entity()).getId(String.class)
                .getName();
    }
}
