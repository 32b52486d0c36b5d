package com.caresupport.gateway.linq;

import java.time.Duration;

/**
 * Linq could not be reached in time after the fault-tolerance policies gave up: retries exhausted, the
 * circuit open, or the call timed out. Callers answer 503 with {@link #retryAfter()}, or queue the work.
 */
public class LinqUnavailableException extends RuntimeException {

    private final Duration retryAfter;

    public LinqUnavailableException(String message, Duration retryAfter, Throwable cause) {
        super(message, cause);
        this.retryAfter = retryAfter;
    }

    /** When trying again is likely to help. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
