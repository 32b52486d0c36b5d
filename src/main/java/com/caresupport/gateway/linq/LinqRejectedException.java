package com.caresupport.gateway.linq;

/** Linq refused the request (a 4xx other than 408 and 429): sending it again will not help. */
public final class LinqRejectedException extends LinqException {

    public LinqRejectedException(int status, Integer linqCode, String message, String traceId, Boolean shouldRetry) {
        super(message, status, linqCode, traceId, shouldRetry, null, null);
    }

    @Override
    protected boolean retryableByKind() {
        return false;
    }

    @Override
    protected boolean notActedOnByKind() {
        return false;
    }
}
