package com.caresupport.gateway.messaging.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.ArrayList;
import java.util.List;

/** Names a Bean Validation violation by its wire field (snake_case), as API callers and CLI users know it. */
public final class FieldNames {

    private FieldNames() {
    }

    /** The field as the caller wrote it: method and parameter nodes dropped, names in snake_case. */
    public static String of(ConstraintViolation<?> violation) {
        List<String> names = new ArrayList<>();
        List<Path.Node> nodes = new ArrayList<>();
        violation.getPropertyPath().forEach(nodes::add);
        for (int i = 0; i < nodes.size(); i++) {
            Path.Node node = nodes.get(i);
            ElementKind kind = node.getKind();
            boolean last = i == nodes.size() - 1;
            if (kind == ElementKind.METHOD || kind == ElementKind.CONSTRUCTOR || kind == ElementKind.RETURN_VALUE) {
                continue;
            }
            if (kind == ElementKind.PARAMETER && !last) {
                continue;
            }
            String name = node.getName() == null ? "" : snake(node.getName());
            if (node.getIndex() != null && !names.isEmpty() && kind == ElementKind.CONTAINER_ELEMENT) {
                names.set(names.size() - 1, names.get(names.size() - 1) + "[" + node.getIndex() + "]");
                continue;
            }
            if (node.getIndex() != null && i > 0) {
                name = name + "[" + node.getIndex() + "]";
            }
            if (!name.isEmpty() && !name.startsWith("<")) {
                names.add(name);
            }
        }
        return names.isEmpty() ? "body" : String.join(".", names);
    }

    private static String snake(String name) {
        StringBuilder out = new StringBuilder();
        for (char c : name.toCharArray()) {
            if (Character.isUpperCase(c)) {
                out.append('_').append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
