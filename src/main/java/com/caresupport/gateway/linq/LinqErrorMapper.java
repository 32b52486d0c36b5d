package com.caresupport.gateway.linq;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/**
 * Turns Linq's non-2xx answers into the typed {@link LinqException}s, reading Linq's error envelope
 * ({@code {"error":{"status","code","message","retry_after"},"trace_id"}}) and its retry headers.
 */
public class LinqErrorMapper implements ResponseExceptionMapper<LinqException> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public LinqException toThrowable(Response response) {
        int status = response.getStatus();
        JsonNode body = readBody(response);
        JsonNode error = body.path("error");
        Integer code = error.path("code").isNumber() ? error.path("code").asInt() : null;
        String message = firstText(error.path("message"), body.path("message"))
                + " (Linq answered HTTP " + status + (code == null ? "" : ", code " + code) + ")";
        String traceId = firstNonBlank(response.getHeaderString("X-Trace-ID"), body.path("trace_id").asText(null));
        Boolean shouldRetry = parseShouldRetry(response.getHeaderString("x-should-retry"));
        Duration retryAfter = RetryAfter.parse(response.getHeaderString("retry-after-ms"),
                firstNonBlank(response.getHeaderString("Retry-After"), error.path("retry_after").asText(null)),
                Clock.systemUTC()).orElse(null);
        if (status == 429) {
            return new LinqRateLimitedException(code, message, traceId, shouldRetry, retryAfter);
        }
        if (status == 408 || status >= 500) {
            return new LinqServerException(status, code, message, traceId, shouldRetry, retryAfter);
        }
        return new LinqRejectedException(status, code, message, traceId, shouldRetry);
    }

    @Override
    public boolean handles(int status, jakarta.ws.rs.core.MultivaluedMap<String, Object> headers) {
        return status >= 400;
    }

    private static JsonNode readBody(Response response) {
        try {
            if (!response.hasEntity()) {
                return JSON.missingNode();
            }
            String text = response.readEntity(String.class);
            return text == null || text.isBlank() ? JSON.missingNode() : JSON.readTree(text);
        } catch (IOException | RuntimeException e) {
            return JSON.missingNode();
        }
    }

    private static Boolean parseShouldRetry(String header) {
        if ("true".equalsIgnoreCase(header)) {
            return Boolean.TRUE;
        }
        return "false".equalsIgnoreCase(header) ? Boolean.FALSE : null;
    }

    private static String firstText(JsonNode... nodes) {
        for (JsonNode node : nodes) {
            if (node.isTextual() && !node.asText().isBlank()) {
                return node.asText();
            }
        }
        return "Linq refused the request";
    }

    private static String firstNonBlank(String first, String second) {
        return first != null && !first.isBlank() ? first : second;
    }
}
