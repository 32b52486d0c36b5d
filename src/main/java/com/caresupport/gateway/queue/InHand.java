package com.caresupport.gateway.queue;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The background runs a stop waits for. A run counts itself in before it looks at {@link #refused()}, so a stop
 * that refuses new runs and then waits sees every run that did not see the refusal.
 */
public final class InHand {

    private final AtomicInteger runs = new AtomicInteger();
    private volatile boolean refused;

    /** Counts a run in; pair it with {@link #leave()} in a finally block. */
    public void enter() {
        runs.incrementAndGet();
    }

    public void leave() {
        runs.decrementAndGet();
    }

    /** True once the gateway is stopping: a run then starts nothing new. */
    public boolean refused() {
        return refused;
    }

    public int runs() {
        return runs.get();
    }

    /** Refuses new runs; {@link #awaitNone} then waits for those in hand. */
    public void refuseNew() {
        refused = true;
    }

    /** Waits up to {@code wait} for the runs in hand to end; returns how many are still under way. */
    public int awaitNone(Duration wait) throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        while (runs.get() > 0 && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(10);
        }
        return runs.get();
    }
}
