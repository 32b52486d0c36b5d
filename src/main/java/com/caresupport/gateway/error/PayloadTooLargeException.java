package com.caresupport.gateway.error;

/** A body over the size limit, refused before it is read (further). */
public final class PayloadTooLargeException extends GatewayException {

    public PayloadTooLargeException(String detail) {
        super(detail);
    }
}
