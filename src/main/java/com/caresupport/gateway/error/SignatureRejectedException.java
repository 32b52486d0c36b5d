package com.caresupport.gateway.error;

/** A webhook delivery whose signature is missing, stale or made with no secret the gateway trusts. */
public final class SignatureRejectedException extends GatewayException {

    public SignatureRejectedException() {
        super("The delivery's signature could not be verified.");
    }
}
