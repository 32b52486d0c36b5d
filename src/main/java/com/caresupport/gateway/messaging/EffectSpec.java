package com.caresupport.gateway.messaging;

import com.caresupport.gateway.messaging.validation.Checked;
import com.caresupport.gateway.messaging.validation.LinqLimits;
import com.caresupport.gateway.messaging.validation.ValidRequest;
import java.util.List;
import java.util.Set;

/** An iMessage effect: {@code type} screen or bubble, and one of that type's names. */
@ValidRequest
public record EffectSpec(String type, String name) implements Checked {

    @Override
    public List<Violation> violations() {
        Set<String> names = type == null ? null : LinqLimits.EFFECTS.get(type);
        if (names == null) {
            return List.of(new Violation("type", "must be screen or bubble"));
        }
        if (name == null || !names.contains(name)) {
            return List.of(new Violation("name", "must be one of the " + type + " effects " + names.stream().sorted().toList()));
        }
        return List.of();
    }
}
