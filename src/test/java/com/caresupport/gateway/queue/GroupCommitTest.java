package com.caresupport.gateway.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
