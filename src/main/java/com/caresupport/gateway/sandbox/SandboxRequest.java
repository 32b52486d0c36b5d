package com.caresupport.gateway.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/** One call on the sandbox's Linq surface, with its path parameters and its JSON body (if any). */
record SandboxRequest(String method, String path, Map<String, String> params, Map<String, List<String>> query,
        JsonNode body) {

    String param(String name) {
        return params.get(name);
    }

    String query(String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** The body, which must be a JSON object. */
    JsonNode object() {
        if (body == null || !body.isObject()) {
            throw new LinqError(400, 1003, "Request body must be a JSON object");
        }
        return body;
    }

    /** A required non-blank text field of the body. */
    String text(String field) {
        JsonNode value = object().get(field);
        if (value == null || value.isNull()) {
            throw LinqError.missing(field);
        }
        if (!value.isTextual() || value.asText().isBlank()) {
            throw LinqError.invalid(field + " must be a non-empty string");
        }
        return value.asText();
    }

    /** An optional text field of the body. */
    String optionalText(String field) {
        JsonNode value = body == null ? null : body.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw LinqError.invalid(field + " must be a string");
        }
        return value.asText();
    }
}
