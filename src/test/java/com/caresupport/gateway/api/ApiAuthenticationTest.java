package com.caresupport.gateway.api;

import static com.caresupport.gateway.testing.Management.management;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Every internal API path wants a gateway API key; health stays open for the platform's probes. */
@QuarkusTest
class ApiAuthenticationTest {

    @ParameterizedTest
    @CsvSource({
            "GET, /api/chats", "POST, /api/chats", "GET, /api/chats/c1", "POST, /api/chats/c1/messages",
            "GET, /api/chats/c1/messages", "POST, /api/chats/c1/typing", "DELETE, /api/chats/c1/typing",
            "POST, /api/chats/c1/read", "POST, /api/chats/c1/voice-memo", "POST, /api/chats/c1/contact-card",
            "POST, /api/chats/c1/participants", "DELETE, /api/chats/c1/participants/+15551230000",
            "GET, /api/messages/m1", "PATCH, /api/messages/m1", "DELETE, /api/messages/m1",
            "POST, /api/messages/m1/reactions", "DELETE, /api/messages/m1/reactions/love", "POST, /api/attachments",
            "GET, /api/phone-numbers", "GET, /api/webhook-subscriptions", "POST, /api/webhook-subscriptions",
            "DELETE, /api/webhook-subscriptions/s1", "POST, /api/capability/check" })
    void everyApiPathRefusesCallsWithoutAKey(String method, String path) {
        given().contentType("application/json").body("{}")
                .when().request(method, path)
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("type", equalTo("urn:linq-gateway:problem:unauthorized"));
    }

    @Test
    void anUnknownKeyIsRefusedLikeAMissingOne() {
        given().auth().oauth2("not-a-key")
                .when().get("/api/chats")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .body("status", equalTo(401));
    }

    @Test
    void openApiDocumentsTheInternalApiButNotTheSandbox() {
        management().queryParam("format", "json").get("/openapi").then().statusCode(200)
                .body("paths", org.hamcrest.Matchers.hasKey("/api/chats"))
                .body("paths", org.hamcrest.Matchers.hasKey("/api/chats/{chat_id}/messages"))
                .body("paths", org.hamcrest.Matchers.hasKey("/webhooks/linq"))
                .body("paths", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("/sandbox/control/reset")));
    }

    @Test
    void healthNeedsNoKey() {
        management().when().get("/health/live").then().statusCode(200);
    }
}
