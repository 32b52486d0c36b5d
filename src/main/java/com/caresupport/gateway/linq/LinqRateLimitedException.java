package com.caresupport.gateway.linq;

import java.time.Duration;

/** Linq answered 429: nothing was done, and the request may be repeated after {@link #retryAfter()}. */
public final class LinqRateLimitedException extends LinqException {

    public LinqRateLimitedException(Integer linqCode, String message, String traceId, Boolean shouldRetry,
            Duration retryAfter) {
        super(message, 429, linqCode, traceId, shouldRetry, retryAfter, null);
    }

    @Override
    protected boolean retryableByKind() {
        return true;
    }

    @Override
    protected boolean notActedOnByKind() {
        return true;
    }
}
