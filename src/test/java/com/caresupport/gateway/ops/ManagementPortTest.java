package com.caresupport.gateway.ops;

import static com.caresupport.gateway.testing.Management.management;
import static com.caresupport.gateway.testing.Management.managementRoot;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The public port serves the API, the webhook receiver and the sandbox only; health, metrics, OpenAPI and
 * Swagger UI answer on the management port, which is never exposed through the ingress.
 */
@QuarkusTest
class ManagementPortTest {


    @ParameterizedTest
    @ValueSource(strings = { "/health", "/health/ready", "/health/live", "/metrics", "/openapi", "/swagger-ui/" })
    void operationsEndpointsAreNotOnThePublicPort(String path) {
        given().redirects().follow(false).get("/q" + path).then().statusCode(404);
    }

    @ParameterizedTest
    @ValueSource(strings = { "/health", "/health/ready", "/health/live", "/metrics", "/openapi", "/swagger-ui/" })
    void operationsEndpointsAnswerOnTheManagementPort(String path) {
        management().get(path).then().statusCode(200);
    }

    @ParameterizedTest
    @ValueSource(strings = { "/webhooks/linq", "/api/chats", "/sandbox/control/counters" })
    void publicPathsAreNotOnTheManagementPort(String path) {
        managementRoot().get(path).then().statusCode(404);
    }

    @org.junit.jupiter.api.Test
    void metricsAreInPrometheusFormat() {
        management().get("/metrics").then().statusCode(200)
                .body(containsString("linq_gateway_outbox_pending"));
    }
}
