package com.caresupport.gateway.linq;

import java.time.Duration;

/**
 * A Linq call gave up without another attempt because the wait before it (Linq's {@code Retry-After}, or the
 * backoff) and the attempt would not fit in the call's budget. The cause is the last attempt's failure.
 */
final class OutOfBudgetException extends RuntimeException {

    private final transient Duration wait;

    OutOfBudgetException(Throwable lastFailure, Duration wait) {
        super("Not retried: waiting " + wait.toMillis() + " ms would exceed the call budget", lastFailure, false, false);
        this.wait = wait;
    }

    /** The wait that did not fit. */
    Duration waitNeeded() {
        return wait;
    }
}
