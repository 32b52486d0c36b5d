package com.caresupport.gateway.api.problem;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
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
                .map(v -> new Problem.FieldError(field(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        String detail = errors.stream().map(f -> f.field() + " " + f.message()).collect(Collectors.joining("; "));
        return Problem.of(Response.Status.BAD_REQUEST, "validation", "Invalid request", detail)
                .withErrors(errors).withInstance(uri.getPath()).toResponse();
    }

    @ServerExceptionMapper
    public Response unreadable(JacksonException e, UriInfo uri) {
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

    /** The field as the caller wrote it: method and parameter nodes dropped, names in snake_case. */
    static String field(ConstraintViolation<?> violation) {
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
