package com.caresupport.gateway.error;

/** A {@code what} (a member, …) that must be unique already exists. */
public final class DuplicateException extends GatewayException {

    private final String what;

    public DuplicateException(String what, String detail) {
        super(detail);
        this.what = what;
    }

    /** What already exists, in lower case: {@code member}. */
    public String what() {
        return what;
    }
}
