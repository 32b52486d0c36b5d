package com.caresupport.gateway.messaging.validation;

import java.util.List;

/**
 * A request record with rules that span fields (exactly one of two, an emoji that a reaction type needs).
 * {@link CheckedValidator} reports each rule on the field it concerns, next to the per-field annotations.
 */
public interface Checked {

    /** One broken rule, named by the wire (snake_case) field it concerns. */
    record Violation(String field, String message) {
    }

    List<Violation> violations();
}
