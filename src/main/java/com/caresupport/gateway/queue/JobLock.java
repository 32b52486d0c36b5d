package com.caresupport.gateway.queue;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

/**
 * A lease on a named job in the shared database, so that a job meant to run once (the poller) runs on one
 * instance at a time. The holder renews it every run and hands it back when it stops in order; if the holder
 * dies, the lease runs out.
 */
@ApplicationScoped
public class JobLock {

    /** Takes or renews the lease on {@code job} for {@code owner}; true when {@code owner} holds it. */
    public boolean acquire(String job, String owner, Duration lease) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var em = Panache.getEntityManager();
            Instant now = Instant.now();
            int taken = em.createNativeQuery("update job_lock set owner = ?1, lease_until = ?2 where name = ?3"
                    + " and (owner = ?1 or lease_until is null or lease_until < ?4)")
                    .setParameter(1, owner).setParameter(2, Timestamp.from(now.plus(lease))).setParameter(3, job)
                    .setParameter(4, Timestamp.from(now)).executeUpdate();
            if (taken == 1) {
                return true;
            }
            long exists = ((Number) em.createNativeQuery("select count(*) from job_lock where name = ?1")
                    .setParameter(1, job).getSingleResult()).longValue();
            if (exists > 0) {
                return false;
            }
            em.createNativeQuery("insert into job_lock (name, owner, lease_until) values (?1, ?2, ?3)")
                    .setParameter(1, job).setParameter(2, owner).setParameter(3, Timestamp.from(now.plus(lease)))
                    .executeUpdate();
            return true;
        });
    }

    /**
     * Ends {@code owner}'s lease on {@code job} now, so that the next instance (often this one, restarted) need not
     * wait it out; a lease another owner has taken since is left alone.
     */
    public void release(String job, String owner) {
        QuarkusTransaction.requiringNew().run(() -> Panache.getEntityManager()
                .createNativeQuery("update job_lock set lease_until = null where name = ?1 and owner = ?2")
                .setParameter(1, job).setParameter(2, owner).executeUpdate());
    }
}
