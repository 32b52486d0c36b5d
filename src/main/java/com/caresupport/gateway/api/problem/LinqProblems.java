package com.caresupport.gateway.api.problem;

import com.caresupport.gateway.linq.LinqRejectedException;
import com.caresupport.gateway.linq.LinqUnavailableException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Linq's answers, as problem+json. Linq's refusals keep their status and Linq's code and message; a refusal
 * of the gateway's own credentials is the gateway's fault, so it becomes 502. An unreachable Linq is 503
 * with the {@code Retry-After} the policies worked out.
 */
public class LinqProblems {

    @ServerExceptionMapper
    public Response rejected(LinqRejectedException e, UriInfo uri) {
        String detail = e.getMessage() + e.traceId().map(id -> " [Linq trace " + id + "]").orElse("");
        Problem problem;
        if (e.status() == 401) {
            problem = Problem.of(Response.Status.BAD_GATEWAY, "linq-credentials", "Linq refused the gateway's API key",
                    "Linq did not accept LINQ_API_TOKEN; check the gateway's configuration. " + detail);
        } else {
            Response.Status status = Response.Status.fromStatusCode(e.status());
            problem = Problem.of(status == null ? Response.Status.BAD_REQUEST : status, "linq-rejected",
                    "Linq refused the request", detail);
            if (status == null) {
                problem = new Problem(problem.type(), problem.title(), e.status(), detail, null, null, null);
            }
        }
        return problem.withLinqCode(e.linqCode().orElse(null)).withInstance(uri.getPath()).toResponse();
    }

    @ServerExceptionMapper
    public Response unavailable(LinqUnavailableException e, UriInfo uri) {
        long seconds = Math.max(1, (e.retryAfter().toMillis() + 999) / 1000);
        return Problem.of(Response.Status.SERVICE_UNAVAILABLE, "linq-unavailable", "Linq is unavailable",
                e.getMessage() + "; try again in " + seconds + " s")
                .withInstance(uri.getPath()).builder().header("Retry-After", seconds).build();
    }
}
