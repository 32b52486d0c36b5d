package com.caresupport.gateway.queue;

import io.quarkus.logging.Log;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Group commit: callers on many threads hand in one item each and wait; one writer thread takes whatever has
 * queued up meanwhile and writes it in one transaction with one commit, then answers every caller of that
 * batch. A durable commit costs about the same for one row as for a hundred, so under load the rows share it,
 * and with one writer the database sees no contention between them. Each caller returns only after the
 * commit that holds its item (or gets the exception). When a batch fails as a whole (a row another instance
 * wrote meanwhile breaking a unique constraint, say), its items are written once more one by one, so one bad
 * item never fails the others.
 *
 * @param <T> what is written
 */
public final class GroupCommit<T> implements AutoCloseable {

    private final BlockingQueue<Pending<T>> queue;
    private final int maxBatch;
    private final Function<List<T>, List<Boolean>> batchWriter;
    private final Predicate<T> singleWriter;
    private final Duration maxWait;
    private final Thread writer;
    private volatile boolean open = true;

    private record Pending<T>(T item, CompletableFuture<Boolean> written) {
    }

    /**
     * @param batchWriter writes a batch in one transaction and says, per item, what the caller is told (for
     *                    deliveries: true when stored, false when a repeat); throwing fails the batch
     * @param singleWriter the same for one item, when its batch failed
     * @param maxWait how long a caller waits for its commit before giving up (the item may still be written)
     */
    public GroupCommit(String name, int maxBatch, int maxQueued, Duration maxWait, Function<List<T>, List<Boolean>> batchWriter,
            Predicate<T> singleWriter) {
        this.queue = new LinkedBlockingQueue<>(maxQueued);
        this.maxBatch = maxBatch;
        this.maxWait = maxWait;
        this.batchWriter = batchWriter;
        this.singleWriter = singleWriter;
        this.writer = new Thread(this::run, name);
        writer.setDaemon(true);
        writer.start();
    }

    /** Writes {@code item} with the next batch and returns once that batch is committed. */
    public boolean write(T item) {
        if (!open) {
            throw new IllegalStateException("the writer is closed");
        }
        Pending<T> pending = new Pending<>(item, new CompletableFuture<>());
        try {
            // A full queue means the database is behind: the caller waits for room, which is backpressure.
            if (!queue.offer(pending, maxWait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("the writer did not take the item within " + maxWait);
            }
            return pending.written().get(maxWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the commit", e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("no commit within " + maxWait, e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
    }

    /**
     * {@link #write} without waiting, for a caller that must not block (an event loop): the future completes
     * once the batch holding {@code item} is committed, and fails at once when the queue is full rather than
     * waiting for room, or after {@code maxWait} without a commit (the item may still be written).
     */
    public CompletableFuture<Boolean> submit(T item) {
        if (!open) {
            return CompletableFuture.failedFuture(new IllegalStateException("the writer is closed"));
        }
        Pending<T> pending = new Pending<>(item, new CompletableFuture<>());
        if (!queue.offer(pending)) {
            return CompletableFuture.failedFuture(new RejectedExecutionException("the writer's queue is full"));
        }
        return pending.written().orTimeout(maxWait.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void run() {
        List<Pending<T>> batch = new ArrayList<>(maxBatch);
        while (open || !queue.isEmpty()) {
            try {
                Pending<T> first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, maxBatch - 1);
                write(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                open = false;
            } catch (Throwable e) {
                // Never leave a caller waiting, and never let the writer die.
                batch.forEach(pending -> pending.written().completeExceptionally(e));
            } finally {
                batch.clear();
            }
        }
        queue.forEach(pending -> pending.written().completeExceptionally(new IllegalStateException("the writer is closed")));
    }

    private void write(List<Pending<T>> batch) {
        List<Boolean> results;
        try {
            results = batchWriter.apply(batch.stream().map(Pending::item).toList());
        } catch (RuntimeException e) {
            Log.debugf("A batch of %d failed (%s); writing its items one by one", batch.size(), e.toString());
            for (Pending<T> pending : batch) {
                try {
                    pending.written().complete(singleWriter.test(pending.item()));
                } catch (RuntimeException single) {
                    pending.written().completeExceptionally(single);
                }
            }
            return;
        }
        for (int i = 0; i < batch.size(); i++) {
            batch.get(i).written().complete(results.get(i));
        }
    }

    /** Writes what is queued, then stops the writer. */
    @Override
    public void close() {
        open = false;
        try {
            writer.join(maxWait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
