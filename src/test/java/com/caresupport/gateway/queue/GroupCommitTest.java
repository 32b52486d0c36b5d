package com.caresupport.gateway.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The group commit on its own: who is answered when, and what a failing batch does to its callers. */
class GroupCommitTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Test
    void everyCallerReturnsOnlyAfterTheCommitThatHoldsItsItem() throws Exception {
        Set<Integer> committed = ConcurrentHashMap.newKeySet();
        AtomicInteger batches = new AtomicInteger();
        try (GroupCommit<Integer> commit = new GroupCommit<>("test-writer", 16, 64, WAIT, batch -> {
            batches.incrementAndGet();
            sleep(5);
            committed.addAll(batch);
            return batch.stream().map(item -> item % 2 == 0).toList();
        }, item -> {
            throw new AssertionError("no batch fails here");
        })) {
            var pool = Executors.newFixedThreadPool(16);
            try {
                List<Future<Boolean>> answers = new ArrayList<>();
                for (int i = 0; i < 400; i++) {
                    int item = i;
                    answers.add(pool.submit(() -> {
                        boolean answer = commit.write(item);
                        // Checked on the caller's thread, the moment it is answered.
                        assertTrue(committed.contains(item), "item " + item + " answered before its commit");
                        return answer;
                    }));
                }
                for (int i = 0; i < answers.size(); i++) {
                    assertEquals(i % 2 == 0, answers.get(i).get(), "item " + i + " gets its own batch result");
                }
            } finally {
                pool.shutdownNow();
            }
        }
        assertEquals(400, committed.size());
        assertTrue(batches.get() < 400, "concurrent callers shared commits (" + batches.get() + " batches)");
    }

    @Test
    void aFailedBatchIsWrittenAgainItemByItemAndOnlyTheBadItemFails() throws Exception {
        List<Integer> singles = new ArrayList<>();
        try (GroupCommit<Integer> commit = new GroupCommit<>("test-writer", 16, 64, WAIT, batch -> {
            throw new IllegalStateException("unique constraint violated");
        }, item -> {
            synchronized (singles) {
                singles.add(item);
            }
            if (item == 13) {
                throw new IllegalArgumentException("bad item");
            }
            return item != 7;
        })) {
            assertTrue(commit.write(1));
            assertFalse(commit.write(7), "the single writer's answer is the caller's");
            IllegalArgumentException failure = assertThrows(IllegalArgumentException.class, () -> commit.write(13));
            assertEquals("bad item", failure.getMessage());
            assertTrue(commit.write(2), "the writer survives a failing item");
        }
        assertEquals(List.of(1, 7, 13, 2), singles);
    }

    @Test
    void aWriterThatThrowsAnErrorFailsItsCallersAndKeepsWriting() {
        AtomicInteger calls = new AtomicInteger();
        try (GroupCommit<Integer> commit = new GroupCommit<>("test-writer", 16, 64, WAIT, batch -> {
            if (calls.incrementAndGet() == 1) {
                throw new OutOfMemoryError("simulated");
            }
            return batch.stream().map(item -> true).toList();
        }, item -> true)) {
            assertThrows(IllegalStateException.class, () -> commit.write(1));
            assertTrue(commit.write(2));
        }
    }

    @Test
    void closedWriterRefusesNewItems() {
        GroupCommit<Integer> commit = new GroupCommit<>("test-writer", 16, 64, WAIT,
                batch -> batch.stream().map(item -> true).toList(), item -> true);
        assertTrue(commit.write(1));
        commit.close();
        assertThrows(IllegalStateException.class, () -> commit.write(2));
    }

    @Test
    void aSubmittedItemIsAnsweredOnlyAfterTheCommitThatHoldsIt() throws Exception {
        Set<Integer> committed = ConcurrentHashMap.newKeySet();
        try (GroupCommit<Integer> commit = new GroupCommit<>("test-writer", 16, 64, WAIT, batch -> {
            sleep(5);
            committed.addAll(batch);
            return batch.stream().map(item -> item % 2 == 0).toList();
        }, item -> true)) {
            List<CompletableFuture<Boolean>> answers = new ArrayList<>();
            List<Boolean> committedWhenAnswered = Collections.synchronizedList(new ArrayList<>());
            // Fewer than the queue holds: submit never waits for room.
            for (int i = 0; i < 60; i++) {
                int item = i;
                answers.add(commit.submit(item).whenComplete((answer, failure) -> committedWhenAnswered.add(committed.contains(item))));
            }
            for (int i = 0; i < answers.size(); i++) {
                assertEquals(i % 2 == 0, answers.get(i).get(WAIT.toSeconds(), TimeUnit.SECONDS), "item " + i + " gets its own result");
            }
            assertEquals(60, committedWhenAnswered.size());
            assertFalse(committedWhenAnswered.contains(false), "an item was answered before its commit");
        }
    }

    /** A caller that must not block is refused at once when the queue is full, and the writer carries on. */
    @Test
    void submittingToAFullQueueFailsAtOnce() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch writing = new CountDownLatch(1);
        try (GroupCommit<Integer> commit = new GroupCommit<>("test-writer", 1, 1, WAIT, batch -> {
            writing.countDown();
            await(release);
            return batch.stream().map(item -> true).toList();
        }, item -> true)) {
            CompletableFuture<Boolean> first = commit.submit(1);
            assertTrue(writing.await(WAIT.toSeconds(), TimeUnit.SECONDS));
            CompletableFuture<Boolean> queued = commit.submit(2);
            CompletableFuture<Boolean> refused = commit.submit(3);
            ExecutionException failure = assertThrows(ExecutionException.class, () -> refused.get(1, TimeUnit.SECONDS));
            assertTrue(failure.getCause() instanceof RejectedExecutionException, failure.toString());
            assertFalse(first.isDone(), "the first item is not committed yet");
            release.countDown();
            assertTrue(first.get(WAIT.toSeconds(), TimeUnit.SECONDS));
            assertTrue(queued.get(WAIT.toSeconds(), TimeUnit.SECONDS));
            assertTrue(commit.submit(4).get(WAIT.toSeconds(), TimeUnit.SECONDS), "room again once the queue drained");
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
