package com.caresupport.gateway.error;

import java.util.List;

/**
 * The request cannot be carried out as written (Bean Validation failures are reported as its own
 * {@code ConstraintViolationException}; this is for what the services find themselves).
 */
public final class InvalidRequestException extends GatewayException {

    /** Why the request is invalid; each is a distinct problem type for API callers. */
    public enum Reason {
        /** One or more fields are wrong; {@link #fields()} names them. */
        INVALID_FIELDS,
        /** No sender line was given and none is configured. */
        NO_SENDER_LINE,
        /** A signed webhook delivery whose body is not a JSON object. */
        MALFORMED_DELIVERY
    }

    /** One offending field, named as on the wire (snake_case), and what is wrong with it. */
    public record FieldError(String field, String message) {
    }

    private final Reason reason;
    private final List<FieldError> fields;

    public InvalidRequestException(Reason reason, String detail, List<FieldError> fields) {
        super(detail);
        this.reason = reason;
        this.fields = List.copyOf(fields);
    }

    /** One wrong field. */
    public static InvalidRequestException field(String field, String message) {
        return new InvalidRequestException(Reason.INVALID_FIELDS, field + " " + message,
                List.of(new FieldError(field, message)));
    }

    public Reason reason() {
        return reason;
    }

    public List<FieldError> fields() {
        return fields;
    }
}
