package com.caresupport.gateway.linq;

import java.time.Duration;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;

/**
 * Linq could not be reached in time after the fault-tolerance policies gave up: retries exhausted, the
 * circuit open, or the call timed out. Callers answer 503 with {@link #retryAfter()}, or queue the work.
 */
public class LinqUnavailableException extends RuntimeException {

    private final Duration retryAfter;
    private final boolean askedByLinq;

    public LinqUnavailableException(String message, Duration retryAfter, Throwable cause) {
        this(message, retryAfter, false, cause);
    }

    public LinqUnavailableException(String message, Duration retryAfter, boolean askedByLinq, Throwable cause) {
        super(message, cause);
        this.retryAfter = retryAfter;
        this.askedByLinq = askedByLinq;
    }

    /** When trying again is likely to help. */
    public Duration retryAfter() {
        return retryAfter;
    }

    /** Whether {@link #retryAfter()} is Linq's own {@code Retry-After}: then nothing should try again sooner. */
    public boolean askedByLinq() {
        return askedByLinq;
    }

    /**
     * Whether the last failure proves Linq never acted on the request: the circuit was open (no call left), the
     * connection was refused, or Linq's answer says so. A timeout or a 5xx proves nothing.
     */
    public boolean provablyNotActedOn() {
        Throwable cause = getCause();
        return cause instanceof CircuitBreakerOpenException
                || cause instanceof LinqException linq && linq.provablyNotActedOn();
    }
}
