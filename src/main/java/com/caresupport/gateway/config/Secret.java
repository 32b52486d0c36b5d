package com.caresupport.gateway.config;

import java.util.Objects;

/**
 * A configuration value that must never be printed. {@link #toString()} is masked so that a secret
 * reaching a log line, an exception message or a debugger view by accident shows nothing useful.
 * SmallRye Config converts a property to this type through {@link #of(String)}.
 */
public final class Secret {

    private final String value;

    private Secret(String value) {
        this.value = Objects.requireNonNull(value, "value");
    }

    public static Secret of(String value) {
        return new Secret(value.strip());
    }

    /** The secret text itself; call only where it is put on the wire or into a MAC. */
    public String reveal() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Secret that && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return "****";
    }
}
