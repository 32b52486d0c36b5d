package com.caresupport.gateway.sandbox;

import static com.caresupport.gateway.testing.SandboxControl.linq;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.caresupport.gateway.testing.SandboxControl;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every endpoint of Linq's V3 catalogue (linq-v3-endpoints.tsv, from the Go SDK's api.md) is routed by the sandbox. */
@QuarkusTest
class SandboxEndpointCatalogueTest {

    @Inject
    SandboxRoutes routes;

    record Endpoint(String method, String path, String sdkMethod) {

        /** The path after /v3 with every placeholder filled, e.g. /chats/x/messages. */
        String concrete() {
            return path.substring("/v3".length()).replaceAll("\\{[A-Za-z]+}", "x");
        }
    }

    static List<Endpoint> catalogue() throws IOException {
        try (var in = SandboxEndpointCatalogueTest.class.getResourceAsStream("/linq-v3-endpoints.tsv");
                var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String> lines = reader.lines().toList();
            assertEquals(List.of("method", "path", "sdk_method"), List.of(lines.get(0).split("\t")).subList(0, 3));
            return lines.stream().skip(1).filter(l -> !l.isBlank()).map(l -> l.split("\t"))
                    .map(c -> new Endpoint(c[0], c[1], c[2])).toList();
        }
    }

    @Test
    void theCatalogueHasAll68DistinctEndpoints() throws IOException {
        List<Endpoint> endpoints = catalogue();
        assertEquals(68, endpoints.size());
        Set<String> keys = new HashSet<>();
        endpoints.forEach(e -> assertTrue(keys.add(e.method() + " " + e.path()), "duplicate " + e));
        endpoints.forEach(e -> assertTrue(e.path().startsWith("/v3/"), "not a V3 path: " + e));
    }

    @Test
    void everyCatalogueEndpointHasASandboxRouteWithLinqsTemplate() throws IOException {
        for (Endpoint endpoint : catalogue()) {
            var match = routes.match(endpoint.method(), endpoint.concrete());
            assertTrue(match.isPresent(), "no sandbox route for " + endpoint);
            assertEquals(endpoint.method() + " " + endpoint.path(), match.get().route().key(), "routed elsewhere: " + endpoint);
        }
    }

    @Test
    void noCatalogueEndpointIsAnUnknownRouteOverHttp() throws IOException {
        SandboxControl.reset();
        for (Endpoint endpoint : catalogue()) {
            Response response = linq().body("{}").request(endpoint.method(), endpoint.concrete());
            boolean unknown = response.statusCode() == 404
                    && response.jsonPath().getString("error.message").startsWith("No such endpoint");
            assertFalse(unknown, endpoint + " answered " + response.asString());
        }
    }

    @Test
    void anEndpointOutsideTheCatalogueIsAnUnknownRoute() {
        Response response = linq().get("/chats/x/nonsense");
        assertEquals(404, response.statusCode());
        assertTrue(response.jsonPath().getString("error.message").startsWith("No such endpoint"));
    }
}
