package com.caresupport.gateway.api.problem;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Missing or unknown API keys, as problem+json, saying no more than that. */
public class SecurityProblems {

    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class })
    public Response unauthorized(RuntimeException e, UriInfo uri) {
        return Problem.of(Response.Status.UNAUTHORIZED, "unauthorized", "Unauthorized",
                "Send a valid gateway API key as 'Authorization: Bearer <key>'.")
                .withInstance(uri.getPath()).builder().header("WWW-Authenticate", "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return Problem.of(Response.Status.FORBIDDEN, "forbidden", "Forbidden", "This key may not do that.")
                .withInstance(uri.getPath()).toResponse();
    }
}
