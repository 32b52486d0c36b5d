package com.caresupport.gateway.messaging;

import java.util.List;
import java.util.Map;

/** An interactive experience (app card family) and the actions a card of it may carry. */
public record ExperienceView(String experience, String displayName, List<Action> actions) {

    /** An action and its fields by name. */
    public record Action(String name, String summary, Map<String, Field> fields) {
    }

    /** A field: its type, whether it is required, and its maximum length (0 when unbounded). */
    public record Field(String type, boolean required, Long max) {
    }
}
