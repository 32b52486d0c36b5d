package com.caresupport.gateway.queue;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The lease that keeps a job (the poller) on one instance at a time: two owners here stand for two gateway
 * processes sharing the database. Each test has its own job name, so the application's poller never meets it.
 */
@QuarkusTest
@Tag("persistence")
class JobLockTest {

    private static final Duration HOUR = Duration.ofHours(1);

    @Inject
    JobLock lock;

    @Test
    void aHeldLeaseKeepsOthersOutAndItsHolderIn() {
        String job = job();
        assertTrue(lock.acquire(job, "instance-a", HOUR), "the first taker gets it");
        assertFalse(lock.acquire(job, "instance-b", HOUR), "another owner waits while the lease runs");
        assertTrue(lock.acquire(job, "instance-a", HOUR), "the holder renews it");
    }

    @Test
    void aLeaseHandedBackIsTakenAtOnceByAnotherInstance() {
        String job = job();
        assertTrue(lock.acquire(job, "instance-a", HOUR));
        lock.release(job, "instance-a");
        assertTrue(lock.acquire(job, "instance-b", HOUR), "no need to wait out the hour");
        assertFalse(lock.acquire(job, "instance-a", HOUR), "and the new holder keeps it");
    }

    @Test
    void aFormerHolderCannotHandBackALeaseAnotherHasTakenSince() {
        String job = job();
        assertTrue(lock.acquire(job, "instance-a", HOUR));
        lock.release(job, "instance-a");
        assertTrue(lock.acquire(job, "instance-b", HOUR));
        lock.release(job, "instance-a");
        assertFalse(lock.acquire(job, "instance-c", HOUR), "instance-b's lease still holds");
    }

    @Test
    void aLeaseWhoseHolderDiedRunsOut() throws InterruptedException {
        String job = job();
        assertTrue(lock.acquire(job, "instance-a", Duration.ofSeconds(1)));
        assertFalse(lock.acquire(job, "instance-b", HOUR), "not yet");
        Thread.sleep(1_200);
        assertTrue(lock.acquire(job, "instance-b", HOUR), "after the lease ran out");
    }

    private static String job() {
        return "test-job-" + UUID.randomUUID();
    }
}
