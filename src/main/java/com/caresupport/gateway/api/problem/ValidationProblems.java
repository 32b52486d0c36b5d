package com.caresupport.gateway.api.problem;

import com.caresupport.gateway.messaging.validation.FieldNames;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Bad input, as problem+json: Bean Validation failures with every offending field named as it is on the
 * wire (snake_case), and bodies that are not the JSON expected.
 */
public class ValidationProblems {

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(FieldNames.of(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        String detail = errors.stream().map(f -> f.field() + " " + f.message()).collect(Collectors.joining("; "));
        return Problem.of(Response.Status.BAD_REQUEST, "validation", "Invalid request", detail)
                .withErrors(errors).withInstance(uri.getPath()).toResponse();
    }

    @ServerExceptionMapper
    public Response json(JacksonException e, UriInfo uri) {
        return unreadable(e, uri);
    }

    /** Takes precedence over Quarkus's own mapper for this type, which does not answer problem+json. */
    @ServerExceptionMapper
    public Response mismatch(MismatchedInputException e, UriInfo uri) {
        return unreadable(e, uri);
    }

    @ServerExceptionMapper
    public Response syntax(com.fasterxml.jackson.core.JsonParseException e, UriInfo uri) {
        return unreadable(e, uri);
    }

    static Response unreadable(JacksonException e, UriInfo uri) {
        String detail = "The request body is not valid JSON";
        List<Problem.FieldError> errors = List.of();
        if (e instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            String field = mismatch.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            String expected = mismatch.getTargetType() == null ? "another type"
                    : mismatch.getTargetType().getSimpleName();
            String message = e instanceof InvalidFormatException ? "has the wrong format, expected " + expected
                    : "has the wrong type, expected " + expected;
            errors = List.of(new Problem.FieldError(field, message));
            detail = field + " " + message;
        }
        Problem problem = Problem.of(Response.Status.BAD_REQUEST, "malformed-request", "Malformed request", detail)
                .withInstance(uri.getPath());
        return (errors.isEmpty() ? problem : problem.withErrors(errors)).toResponse();
    }
}
