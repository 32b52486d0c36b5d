package com.caresupport.gateway.queue;

import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The retry keys a queue's configuration mapping inherits (webhook events, inbound messages), under its own prefix. */
public interface RetrySchedule {

    /** How often rows whose processing failed are tried again. */
    @WithDefault("10s")
    Duration retryInterval();

    /** Wait before the first retry; doubled per attempt up to {@link #retryMaxBackoff()}. */
    @WithDefault("5s")
    Duration retryBackoff();

    /** Longest wait between two attempts. */
    @WithDefault("30m")
    Duration retryMaxBackoff();

    /** Attempts before a row is left as failed for a person to look at. */
    @WithDefault("10")
    int maxAttempts();

    /** These keys as queue settings, with the queue's own lease and batch size. */
    default QueueSettings settings(Duration lease, int batchSize) {
        return new QueueSettings(retryInterval(), batchSize, lease, maxAttempts(),
                new Backoff(retryBackoff(), retryMaxBackoff()));
    }
}
