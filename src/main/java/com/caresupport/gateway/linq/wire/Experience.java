package com.caresupport.gateway.linq.wire;

import java.util.List;
import java.util.Map;

/** An interactive experience (an app card family): its actions and each action's fields. */
public record Experience(String experience, String displayName, List<Action> actions) {

    /** One action and the fields it takes, by name. */
    public record Action(String name, String summary, Map<String, Field> fields) {
    }

    /** A field's type, whether it is required, and its maximum (length or count). */
    public record Field(String type, Boolean required, Long max) {
    }
}
