package com.caresupport.gateway.sandbox;

import jakarta.ws.rs.container.ContainerRequestContext;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * With the sandbox off, nothing exists under {@code /sandbox}: every request there is answered 404 before it
 * is routed, so no method, media type or body can draw a 405, 415 or 400 that would show the sandbox is built
 * in, and no body is read.
 */
public class SandboxGate {

    private final SandboxConfig config;

    SandboxGate(SandboxConfig config) {
        this.config = config;
    }

    @ServerRequestFilter(preMatching = true)
    public RestResponse<Void> hideWhenDisabled(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        boolean sandbox = path.equals("/sandbox") || path.startsWith("/sandbox/");
        return sandbox && !config.enabled() ? RestResponse.notFound() : null;
    }
}
