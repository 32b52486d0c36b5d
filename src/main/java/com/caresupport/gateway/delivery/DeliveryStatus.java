package com.caresupport.gateway.delivery;

import java.util.Locale;
import java.util.Optional;

/**
 * Where a message stands, in the order states are reached. A message only moves forward: a late
 * {@code sent} never overwrites {@code read}. {@code failed} ends a message that was not yet delivered.
 */
public enum DeliveryStatus {
    QUEUED, PENDING, SENT, DELIVERED, RECEIVED, READ, FAILED,
    /** Recorded in the history when Linq confirms an edit; never a message's current state. */
    EDITED;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<DeliveryStatus> fromWire(String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(value.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Whether moving from this state to {@code next} is progress. */
    public boolean canMoveTo(DeliveryStatus next) {
        if (next == this || next == EDITED) {
            return false;
        }
        if (next == FAILED) {
            return this == QUEUED || this == PENDING || this == SENT;
        }
        if (this == FAILED) {
            return false;
        }
        return next.ordinal() > ordinal();
    }
}
