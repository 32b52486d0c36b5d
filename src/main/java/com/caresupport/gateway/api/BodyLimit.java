package com.caresupport.gateway.api;

import com.caresupport.gateway.api.problem.Problem;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses an {@code /api} request whose declared body is over {@link ApiLimits#maxBodyBytes()} before
 * anything reads it, with a 413 problem. (A body sent without a length is capped by Quarkus's own
 * {@code quarkus.http.limits.max-body-size}.)
 */
public class BodyLimit {

    private final ApiLimits limits;

    BodyLimit(ApiLimits limits) {
        this.limits = limits;
    }

    @ServerRequestFilter(preMatching = true)
    public Response refuseOversized(ContainerRequestContext request) {
        int length = request.getLength();
        if (length <= limits.maxBodyBytes() || !request.getUriInfo().getPath().startsWith("/api/")) {
            return null;
        }
        return Problem.of(Response.Status.REQUEST_ENTITY_TOO_LARGE, "payload-too-large", "Payload too large",
                "Request bodies are limited to " + limits.maxBodyBytes() + " bytes.")
                .withInstance(request.getUriInfo().getPath()).toResponse();
    }
}
