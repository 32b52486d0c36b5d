package com.caresupport.gateway.webhook.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.type.LogicalType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.Temporal;
import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads a delivery of a known type into its typed {@link LinqEvent}, or says precisely why it cannot: the field
 * (JSON path, snake_case) and what was wrong with it. A payload has its type's shape when {@code data} is an
 * object, every field present has the JSON type of the SDK's field (no "12" for a number, no 12 for a string),
 * timestamps are ISO-8601, and the fields that identify what happened (ids, the chat, the code of a failure) are
 * there. Unknown fields are ignored: Linq adds fields without a new version.
 */
@ApplicationScoped
public class PayloadReader {

    private final ObjectMapper json;
    private final Validator validator;

    PayloadReader(ObjectMapper json, Validator validator) {
        this.json = strict(json.copy());
        this.validator = validator;
    }

    /**
     * The typed event of one stored delivery.
     *
     * @throws MalformedPayloadException when the payload does not have {@code type}'s shape
     */
    public LinqEvent event(String storedId, LinqEventType type, JsonNode envelope) {
        try {
            Envelope around = new Envelope(storedId, type, text(envelope, "event_id"), text(envelope, "api_version"),
                    text(envelope, "webhook_version"), time(envelope, "created_at"), text(envelope, "partner_id"),
                    text(envelope, "trace_id"));
            JsonNode data = envelope.get("data");
            if (data == null || !data.isObject()) {
                throw new MalformedPayloadException("data: expected an object, got " + kind(data));
            }
            return type.shape.read(around, data, this);
        } catch (MalformedPayloadException e) {
            throw new MalformedPayloadException(type.wireName() + " payload does not match its shape: " + e.getMessage());
        }
    }

    /** {@code data} read as {@code type}; problems are named relative to the envelope ({@code data.chat.id}). */
    <D> D read(JsonNode data, Class<D> type) {
        D value;
        try {
            value = json.treeToValue(data, type);
        } catch (JsonProcessingException e) {
            throw new MalformedPayloadException(describe(e));
        }
        var violations = validator.validate(value);
        if (!violations.isEmpty()) {
            throw new MalformedPayloadException(violations.stream()
                    .map(v -> "data." + snake(v.getPropertyPath().toString()) + ": " + v.getMessage())
                    .sorted(Comparator.naturalOrder()).collect(Collectors.joining("; ")));
        }
        return value;
    }

    /** No scalar coercion: a payload that says "12" where the SDK has a number is not the SDK's shape. */
    private static ObjectMapper strict(ObjectMapper mapper) {
        mapper.configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        for (CoercionInputShape from : new CoercionInputShape[] {CoercionInputShape.Integer, CoercionInputShape.Float,
                CoercionInputShape.Boolean}) {
            mapper.coercionConfigFor(LogicalType.Textual).setCoercion(from, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        return mapper;
    }

    private static String describe(JsonProcessingException e) {
        String path = "data";
        Class<?> target = null;
        if (e instanceof JsonMappingException mapping) {
            path += mapping.getPath().stream().map(r -> r.getFieldName() != null ? "." + r.getFieldName()
                    : "[" + r.getIndex() + "]").collect(Collectors.joining());
        }
        if (e instanceof MismatchedInputException mismatch) {
            target = mismatch.getTargetType();
        }
        String got = e instanceof InvalidFormatException format ? ", got " + format.getValue() : "";
        if (target == null) {
            return path + ": " + e.getOriginalMessage().lines().findFirst().orElse("unreadable");
        }
        return path + ": expected " + expected(target) + got;
    }

    private static String expected(Class<?> target) {
        if (target == String.class) {
            return "a string";
        } else if (Number.class.isAssignableFrom(target) || target.isPrimitive() && target != boolean.class) {
            return "an integer";
        } else if (target == Boolean.class || target == boolean.class) {
            return "a boolean";
        } else if (Temporal.class.isAssignableFrom(target)) {
            return "an ISO-8601 timestamp";
        } else if (Collection.class.isAssignableFrom(target) || target.isArray()) {
            return "an array";
        } else if (Map.class.isAssignableFrom(target) || target.isRecord()) {
            return "an object";
        }
        return target.getSimpleName();
    }

    private static String kind(JsonNode node) {
        return node == null || node.isMissingNode() ? "nothing" : node.getNodeType().name().toLowerCase(Locale.ROOT);
    }

    private static String snake(String path) {
        return path.replace(".<list element>", "").replace(".<map value>", "")
                .replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    private static String text(JsonNode envelope, String field) {
        JsonNode value = envelope.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new MalformedPayloadException(field + ": expected a string, got " + kind(value));
        }
        return value.asText();
    }

    private static Instant time(JsonNode envelope, String field) {
        String value = text(envelope, field);
        try {
            return value == null ? null : Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new MalformedPayloadException(field + ": expected an ISO-8601 timestamp, got " + value);
        }
    }
}
