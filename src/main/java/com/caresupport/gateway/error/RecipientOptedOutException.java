package com.caresupport.gateway.error;

/** The operation would reach a handle that replied STOP; nothing was sent. */
public final class RecipientOptedOutException extends GatewayException {

    private final String handle;

    public RecipientOptedOutException(String handle) {
        super(handle + " replied STOP and has opted out of messages; nothing was sent. They can opt back in by"
                + " replying START.");
        this.handle = handle;
    }

    public String handle() {
        return handle;
    }
}
