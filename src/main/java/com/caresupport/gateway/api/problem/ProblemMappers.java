package com.caresupport.gateway.api.problem;

import io.quarkus.logging.Log;
import io.vertx.core.http.HttpServerRequest;
import java.io.IOException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure that leaves a JAX-RS resource into problem+json. Unexpected exceptions are logged
 * here with their stack trace and reported without one: callers never see internals, tokens or secrets.
 */
public class ProblemMappers {

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        Response.ResponseBuilder response = e.problem().withInstance(uri.getPath()).builder();
        e.headers().forEach(response::header);
        return response.build();
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof com.fasterxml.jackson.core.JacksonException json) {
            return ValidationProblems.unreadable(json, uri);
        }
        Response.Status status = Response.Status.fromStatusCode(e.getResponse().getStatus());
        if (status == null) {
            status = Response.Status.BAD_REQUEST;
        }
        String slug = status.getReasonPhrase().toLowerCase().replace(' ', '-');
        Response.ResponseBuilder response = Problem.of(status, slug, status.getReasonPhrase(), e.getMessage())
                .withInstance(uri.getPath()).builder();
        e.getResponse().getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Content-Type")) {
                values.forEach(value -> response.header(name, value));
            }
        });
        return response.build();
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri, HttpServerRequest request) {
        if (e instanceof IOException && (request.response().closed() || !request.isEnded())) {
            // The caller hung up while its request was being read: nothing was done, and nobody is left to answer.
            // Not an error of the gateway, so no ERROR and no 500 for the on-call engineer to chase. The response
            // is often not marked closed yet (a reset, a close before the read began); the request is not whole.
            Log.infof("The caller of %s closed the connection before its request was read; nothing was done (%s)",
                    uri.getPath(), e.getMessage());
            return Problem.of(Response.Status.BAD_REQUEST, "request-incomplete", "Request incomplete",
                    "The connection closed before the request was read.").withInstance(uri.getPath()).toResponse();
        }
        Log.errorf(e, "Unexpected failure on %s", uri.getPath());
        return Problem.of(Response.Status.INTERNAL_SERVER_ERROR, "internal-error", "Internal error",
                "The gateway failed unexpectedly; the error is in its log.").withInstance(uri.getPath()).toResponse();
    }
}
