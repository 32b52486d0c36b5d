package com.caresupport.gateway.error;

/** Sending a file's bytes to its upload URL failed; {@code interrupted} when the gateway itself stopped it. */
public final class UploadFailedException extends GatewayException {

    private final boolean interrupted;

    public UploadFailedException(String detail, boolean interrupted) {
        super(detail);
        this.interrupted = interrupted;
    }

    public boolean interrupted() {
        return interrupted;
    }
}
