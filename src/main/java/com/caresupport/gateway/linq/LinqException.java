package com.caresupport.gateway.linq;

import java.time.Duration;
import java.util.Optional;

/**
 * A failed call to Linq. The subclasses say what kind of failure it was; each knows whether repeating the
 * call could help ({@link #retryable()}) and whether repeating it is safe for a call Linq cannot deduplicate
 * ({@link #provablyNotActedOn()}). Those two answers are the whole retry policy, decided here once.
 */
public abstract sealed class LinqException extends RuntimeException
        permits LinqRejectedException, LinqRateLimitedException, LinqServerException, LinqConnectionException {

    private final int status;
    private final Integer linqCode;
    private final String traceId;
    private final Boolean shouldRetry;
    private final Duration retryAfter;

    protected LinqException(String message, int status, Integer linqCode, String traceId, Boolean shouldRetry,
            Duration retryAfter, Throwable cause) {
        super(message, cause);
        this.status = status;
        this.linqCode = linqCode;
        this.traceId = traceId;
        this.shouldRetry = shouldRetry;
        this.retryAfter = retryAfter;
    }

    /** HTTP status Linq answered with, or 0 when no answer arrived. */
    public int status() {
        return status;
    }

    /** Linq's numeric error code from the error envelope, when it sent one. */
    public Optional<Integer> linqCode() {
        return Optional.ofNullable(linqCode);
    }

    /** Linq's trace id ({@code X-Trace-ID}), the handle Linq support asks for. */
    public Optional<String> traceId() {
        return Optional.ofNullable(traceId);
    }

    /** The wait Linq asked for ({@code retry-after-ms} or {@code Retry-After}), if any. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /** Linq's {@code x-should-retry} verdict, which overrides the status-based rule when present. */
    protected Optional<Boolean> shouldRetry() {
        return Optional.ofNullable(shouldRetry);
    }

    /** Whether the same request may succeed if sent again (for calls Linq deduplicates). */
    public boolean retryable() {
        return shouldRetry().orElseGet(this::retryableByKind);
    }

    /**
     * Whether the failure proves Linq did not act on the request, or Linq itself invites a retry: the only
     * cases in which a call Linq cannot deduplicate (reactions, voice memos, edits) may be repeated.
     */
    public boolean provablyNotActedOn() {
        return shouldRetry().orElseGet(this::notActedOnByKind);
    }

    protected abstract boolean retryableByKind();

    protected abstract boolean notActedOnByKind();
}
