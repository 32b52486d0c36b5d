package com.caresupport.gateway.sandbox;

import com.caresupport.gateway.sandbox.SandboxRoutes.Match;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The sandbox's Linq surface, {@code /sandbox/linq/api/partner/v3/...}. Every call passes the same edge as
 * at Linq, in this order: recorded and counted, injected faults, bearer token, body parsing, then the
 * endpoint from {@link SandboxRoutes}. Errors come back in Linq's envelope with an {@code X-Trace-ID}.
 */
@Path("/sandbox/linq/api/partner/v3")
public class SandboxLinqResource {

    private final SandboxConfig config;
    private final SandboxState state;
    private final SandboxRoutes routes;

    SandboxLinqResource(SandboxConfig config, SandboxState state, SandboxRoutes routes) {
        this.config = config;
        this.state = state;
        this.routes = routes;
    }

    @GET
    @Path("{path: .+}")
    public Response get(@PathParam("path") String path, @Context UriInfo uri, @Context HttpHeaders headers,
            @Context HttpServerRequest http) {
        return handle("GET", path, uri, headers, null, http);
    }

    @POST
    @Path("{path: .+}")
    public Response post(@PathParam("path") String path, @Context UriInfo uri, @Context HttpHeaders headers,
            byte[] body, @Context HttpServerRequest http) {
        return handle("POST", path, uri, headers, body, http);
    }

    @PUT
    @Path("{path: .+}")
    public Response put(@PathParam("path") String path, @Context UriInfo uri, @Context HttpHeaders headers,
            byte[] body, @Context HttpServerRequest http) {
        return handle("PUT", path, uri, headers, body, http);
    }

    @PATCH
    @Path("{path: .+}")
    public Response patch(@PathParam("path") String path, @Context UriInfo uri, @Context HttpHeaders headers,
            byte[] body, @Context HttpServerRequest http) {
        return handle("PATCH", path, uri, headers, body, http);
    }

    @DELETE
    @Path("{path: .+}")
    public Response delete(@PathParam("path") String path, @Context UriInfo uri, @Context HttpHeaders headers,
            byte[] body, @Context HttpServerRequest http) {
        return handle("DELETE", path, uri, headers, body, http);
    }

    private Response handle(String method, String rawPath, UriInfo uri, HttpHeaders headers, byte[] bytes,
            HttpServerRequest http) {
        if (!config.enabled()) {
            return Response.status(404).build();
        }
        String traceId = HexFormat.of().formatHex(randomBytes(16));
        String path = "/" + rawPath;
        String text = bytes == null || bytes.length == 0 ? null : new String(bytes, StandardCharsets.UTF_8);
        Optional<Match> match = routes.match(method, path);
        record(method, path, uri, headers, text, match);
        try {
            for (Fault fault : state.faults) {
                if (fault.hits(method, path)) {
                    Response faulted = apply(fault, traceId, http);
                    if (faulted != null) {
                        return faulted;
                    }
                }
            }
            authenticate(headers);
            if (match.isEmpty()) {
                throw new LinqError(404, 1005, "No such endpoint: " + method + " /v3" + path);
            }
            JsonNode body = SandboxJson.parse(text);
            SandboxRequest request = new SandboxRequest(method, path, match.get().params(), uri.getQueryParameters(), body);
            SandboxResponse response = match.get().route().handler().apply(request);
            Response.ResponseBuilder builder = Response.status(response.status()).header("X-Trace-ID", traceId);
            if (response.body() != null) {
                builder.entity(response.body().toString()).type(MediaType.APPLICATION_JSON);
            }
            return builder.build();
        } catch (LinqError e) {
            Response.ResponseBuilder builder = Response.status(e.status).header("X-Trace-ID", traceId)
                    .type(MediaType.APPLICATION_JSON)
                    .entity(SandboxJson.error(e.status, e.code, e.getMessage(), traceId).toString());
            e.headers.forEach(builder::header);
            return builder.build();
        }
    }

    /** Applies a fault; null when the call should go on (latency only). */
    private Response apply(Fault fault, String traceId, HttpServerRequest http) {
        if (fault.latencyMillis > 0) {
            try {
                Thread.sleep(fault.latencyMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (fault.dropConnection) {
            state.faulted.incrementAndGet();
            // Close before answering, and wait for it, so that the caller gets no answer at all.
            try {
                http.connection().close().toCompletionStage().toCompletableFuture().get(2, java.util.concurrent.TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                // Already closed.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Response.status(500).build();
        }
        if (fault.body != null) {
            state.faulted.incrementAndGet();
            Response.ResponseBuilder raw = Response.status(fault.status == null ? 200 : fault.status)
                    .header("X-Trace-ID", traceId).type(MediaType.APPLICATION_JSON).entity(fault.body);
            fault.headers.forEach(raw::header);
            return raw.build();
        }
        if (fault.status == null) {
            return null;
        }
        state.faulted.incrementAndGet();
        int code = fault.status == 429 ? 1007 : fault.status >= 500 ? 3001 : 1005;
        ObjectNode body = SandboxJson.error(fault.status, code, "Injected fault: HTTP " + fault.status, traceId);
        Response.ResponseBuilder builder = Response.status(fault.status).header("X-Trace-ID", traceId)
                .type(MediaType.APPLICATION_JSON);
        if (fault.retryAfter != null) {
            ((ObjectNode) body.get("error")).put("retry_after", fault.retryAfter);
            builder.header("Retry-After", fault.retryAfter);
        }
        fault.headers.forEach(builder::header);
        return builder.entity(body.toString()).build();
    }

    private void authenticate(HttpHeaders headers) {
        String authorization = headers.getHeaderString(HttpHeaders.AUTHORIZATION);
        byte[] expected = ("Bearer " + config.apiToken()).getBytes(StandardCharsets.UTF_8);
        if (authorization == null || !MessageDigest.isEqual(expected, authorization.getBytes(StandardCharsets.UTF_8))) {
            throw new LinqError(401, 2004, "Unauthorized: missing or invalid API key");
        }
    }

    private void record(String method, String path, UriInfo uri, HttpHeaders headers, String text,
            Optional<Match> match) {
        state.count(match.map(m -> m.route().key()).orElse(method + " /v3" + path));
        ObjectNode entry = SandboxJson.object().put("method", method).put("path", path)
                .put("query", uri.getRequestUri().getRawQuery());
        ObjectNode headerNode = entry.putObject("headers");
        for (Map.Entry<String, java.util.List<String>> header : headers.getRequestHeaders().entrySet()) {
            String name = header.getKey().toLowerCase(java.util.Locale.ROOT);
            headerNode.put(name, name.equals("authorization") ? "REDACTED" : String.join(",", header.getValue()));
        }
        try {
            entry.set("body", SandboxJson.parse(text));
        } catch (LinqError e) {
            entry.put("body", text);
        }
        entry.put("received_at", Instant.now().toString());
        state.log(state.requestLog, entry);
    }

    private static byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        ThreadLocalRandom.current().nextBytes(bytes);
        return bytes;
    }
}
