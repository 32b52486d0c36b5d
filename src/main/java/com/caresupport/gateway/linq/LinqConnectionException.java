package com.caresupport.gateway.linq;

/**
 * No answer from Linq: the connection was refused (the request never left), or it broke or timed out after
 * the request may have arrived.
 */
public final class LinqConnectionException extends LinqException {

    private final boolean refused;

    public LinqConnectionException(String message, boolean refused, Throwable cause) {
        super(message, 0, null, null, null, null, cause);
        this.refused = refused;
    }

    /** True when the connection was never established, so Linq cannot have seen the request. */
    public boolean refused() {
        return refused;
    }

    @Override
    protected boolean retryableByKind() {
        return true;
    }

    @Override
    protected boolean notActedOnByKind() {
        return refused;
    }
}
