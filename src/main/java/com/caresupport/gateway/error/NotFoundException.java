package com.caresupport.gateway.error;

/** No {@code what} (a member, …) has the id asked for. */
public final class NotFoundException extends GatewayException {

    private final String what;

    public NotFoundException(String what, String id) {
        super("No " + what + " has id " + id);
        this.what = what;
    }

    /** What was looked for, in lower case: {@code member}. */
    public String what() {
        return what;
    }
}
