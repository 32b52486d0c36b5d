package com.caresupport.gateway.linq;

import java.time.Duration;

/**
 * Linq failed (5xx) or timed the request out (408). Worth repeating when Linq deduplicates the call; the
 * request may nevertheless have taken effect, so other calls are not repeated.
 */
public final class LinqServerException extends LinqException {

    public LinqServerException(int status, Integer linqCode, String message, String traceId, Boolean shouldRetry,
            Duration retryAfter) {
        super(message, status, linqCode, traceId, shouldRetry, retryAfter, null);
    }

    @Override
    protected boolean retryableByKind() {
        return true;
    }

    @Override
    protected boolean notActedOnByKind() {
        return false;
    }
}
