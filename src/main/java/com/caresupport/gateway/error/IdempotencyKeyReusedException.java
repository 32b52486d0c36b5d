package com.caresupport.gateway.error;

/** The idempotency key was already used for a different request; nothing was sent. */
public final class IdempotencyKeyReusedException extends GatewayException {

    public IdempotencyKeyReusedException() {
        super("This Idempotency-Key was already used for a different request; use a new key for a new message.");
    }
}
