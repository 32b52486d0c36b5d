package com.caresupport.gateway.error;

/**
 * A change that would point at the gateway's own receiver a subscription whose signing secret the gateway
 * does not hold: its deliveries could be signed by whoever holds that secret, so the gateway refuses it.
 */
public final class UntrustedSubscriptionException extends GatewayException {

    public UntrustedSubscriptionException(String detail) {
        super(detail);
    }
}
