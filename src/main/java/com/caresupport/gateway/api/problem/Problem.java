package com.caresupport.gateway.api.problem;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * An RFC 9457 problem detail, the one error shape of every gateway endpoint. {@code type} is a stable
 * identifier callers may switch on; {@code detail} is for people; {@code errors} lists offending fields.
 */
@RegisterForReflection
public record Problem(String type, String title, int status, String detail, String instance,
        List<FieldError> errors, Integer linqCode) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_PREFIX = "urn:linq-gateway:problem:";

    /** One offending input field: its path in the request and what is wrong with it. */
    public record FieldError(String field, String message) {
    }

    public static Problem of(Response.Status status, String slug, String title, String detail) {
        return of(status.getStatusCode(), slug, title, detail);
    }

    public static Problem of(int status, String slug, String title, String detail) {
        return new Problem(TYPE_PREFIX + slug, title, status, detail, null, null, null);
    }

    public Problem withErrors(List<FieldError> fieldErrors) {
        return new Problem(type, title, status, detail, instance, List.copyOf(fieldErrors), linqCode);
    }

    public Problem withInstance(String requestPath) {
        return new Problem(type, title, status, detail, requestPath, errors, linqCode);
    }

    /** Linq's own numeric error code, passed through when Linq refused a request. */
    public Problem withLinqCode(Integer code) {
        return new Problem(type, title, status, detail, instance, errors, code);
    }

    public Response toResponse() {
        return builder().build();
    }

    public Response.ResponseBuilder builder() {
        return Response.status(status).type(MEDIA_TYPE).entity(this);
    }
}
