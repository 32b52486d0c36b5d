package com.caresupport.gateway.queue;

import java.time.Duration;

/**
 * How a work queue is driven: how often the worker looks for due rows, how many it claims at once, how long a
 * claim protects a row, how many attempts a row gets, and the wait between them.
 */
public record QueueSettings(Duration interval, int batchSize, Duration lease, int maxAttempts, Backoff backoff) {

    /** For queues that give up by another rule (the outbox's maximum age) rather than by counting attempts. */
    public static final int UNLIMITED = Integer.MAX_VALUE;
}
