package com.caresupport.gateway.api;

import static com.caresupport.gateway.testing.GatewayApi.api;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.caresupport.gateway.testing.LinqTestSupport;
import com.caresupport.gateway.testing.SandboxControl;
import io.quarkus.test.junit.QuarkusTest;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every body field the API validates: a bad value is a 400 problem+json that names the field, and Linq is
 * never called.
 */
@QuarkusTest
class BadInputNeverReachesLinqTest extends LinqTestSupport {

    private static final String LONG_TEXT = "x".repeat(10_001);
    private static final String LONG_URL = "https://cdn.example.org/" + "a".repeat(2048);

    private int linqCallsBefore;

    @BeforeEach
    void countLinqCalls() {
        linqCallsBefore = SandboxControl.totalRequests();
    }

    @AfterEach
    void linqWasNotCalled() {
        assertEquals(linqCallsBefore, SandboxControl.totalRequests(), "a refused request must not reach Linq");
    }

    static Stream<Arguments> badBodies() {
        return Stream.of(
                // POST /api/chats
                Arguments.of("POST", "/api/chats", "{\"to_phone\":\"5551234\",\"initial_message\":\"hi\"}", "to_phone"),
                Arguments.of("POST", "/api/chats", "{\"initial_message\":\"hi\"}", "to_phone"),
                Arguments.of("POST", "/api/chats", "{\"to_phone\":\"+15551230001\",\"to\":[\"+15551230002\"],\"initial_message\":\"hi\"}", "to_phone"),
                Arguments.of("POST", "/api/chats", "{\"to\":[\"not a handle\"],\"initial_message\":\"hi\"}", "to[0]"),
                Arguments.of("POST", "/api/chats", "{\"to_phone\":\"+15551230001\",\"initial_message\":\"  \"}", "initial_message"),
                Arguments.of("POST", "/api/chats", "{\"to_phone\":\"+15551230001\",\"initial_message\":\"" + LONG_TEXT + "\"}", "initial_message"),
                Arguments.of("POST", "/api/chats", "{\"to_phone\":\"+15551230001\",\"initial_message\":\"see https://example.org\"}", "initial_message"),
                Arguments.of("POST", "/api/chats", "{\"to_phone\":\"+15551230001\",\"initial_message\":\"hi\",\"from_phone\":\"15555550100\"}", "from_phone"),
                Arguments.of("POST", "/api/chats", "{\"to_phone\":\"+15551230001\",\"initial_message\":\"hi\",\"preferred_service\":\"imessage\"}", "preferred_service"),
                Arguments.of("POST", "/api/chats", "{\"to_phone\":\"+15551230001\",\"initial_message\":\"hi\",\"effect\":{\"type\":\"screen\",\"name\":\"slam\"}}", "effect.name"),
                Arguments.of("POST", "/api/chats", "{\"to_phone\":\"+15551230001\",\"initial_message\":\"hi\",\"effect\":{\"type\":\"sparkle\",\"name\":\"confetti\"}}", "effect.type"),
                // POST /api/chats/{id}/messages
                Arguments.of("POST", "/api/chats/c1/messages", "{\"text\":\"\"}", "text"),
                Arguments.of("POST", "/api/chats/c1/messages", "{\"text\":\"" + LONG_TEXT + "\"}", "text"),
                Arguments.of("POST", "/api/chats/c1/messages", "{\"text\":\"hi\",\"preferred_service\":\"MMS\"}", "preferred_service"),
                Arguments.of("POST", "/api/chats/c1/messages", "{\"text\":\"hi\",\"effect\":{\"type\":\"bubble\",\"name\":\"confetti\"}}", "effect.name"),
                Arguments.of("POST", "/api/chats/c1/messages", "{\"text\":\"hi\",\"media_url\":\"http://cdn.example.org/a.jpg\"}", "media_url"),
                Arguments.of("POST", "/api/chats/c1/messages", "{\"text\":\"hi\",\"media_url\":\"" + LONG_URL + "\"}", "media_url"),
                Arguments.of("POST", "/api/chats/c1/messages", "{\"text\":\"hi\",\"media_url\":\"https://cdn.example.org/a.jpg\",\"attachment_id\":\"a1\"}", "media_url"),
                Arguments.of("POST", "/api/chats/c1/messages", "{\"text\":\"hi\",\"reply_to_message_id\":\"" + "m".repeat(129) + "\"}", "reply_to_message_id"),
                // reactions
                Arguments.of("POST", "/api/messages/m1/reactions", "{\"reaction_type\":\"thumbsup\"}", "reaction_type"),
                Arguments.of("POST", "/api/messages/m1/reactions", "{\"reaction_type\":\"custom\"}", "custom_emoji"),
                Arguments.of("POST", "/api/messages/m1/reactions", "{\"reaction_type\":\"love\",\"part_index\":-1}", "part_index"),
                Arguments.of("DELETE", "/api/messages/m1/reactions/thumbsup", null, "reaction_type"),
                // edits
                Arguments.of("PATCH", "/api/messages/m1", "{\"text\":\"\"}", "text"),
                // voice memo
                Arguments.of("POST", "/api/chats/c1/voice-memo", "{}", "voice_memo_url"),
                Arguments.of("POST", "/api/chats/c1/voice-memo", "{\"voice_memo_url\":\"ftp://files.example.org/memo.m4a\"}", "voice_memo_url"),
                // participants
                Arguments.of("POST", "/api/chats/c1/participants", "{\"handle\":\"12345\"}", "handle"),
                Arguments.of("DELETE", "/api/chats/c1/participants/12345", null, "handle"),
                // attachments
                Arguments.of("POST", "/api/attachments", "{\"filename\":\"scan.pdf\",\"content_type\":\"application/pdf\",\"size_bytes\":104857601}", "size_bytes"),
                Arguments.of("POST", "/api/attachments", "{\"filename\":\"scan.pdf\",\"content_type\":\"application/pdf\",\"size_bytes\":0}", "size_bytes"),
                Arguments.of("POST", "/api/attachments", "{\"filename\":\"song.flac\",\"content_type\":\"audio/flac\",\"size_bytes\":1000}", "content_type"),
                Arguments.of("POST", "/api/attachments", "{\"content_type\":\"application/pdf\",\"size_bytes\":1000}", "filename"),
                // webhook subscriptions
                Arguments.of("POST", "/api/webhook-subscriptions", "{\"target_url\":\"http://hooks.example.org/linq\",\"events\":[\"message.received\"]}", "target_url"),
                Arguments.of("POST", "/api/webhook-subscriptions", "{\"target_url\":\"https://hooks.example.org/linq\",\"events\":[]}", "events"),
                Arguments.of("POST", "/api/webhook-subscriptions", "{\"target_url\":\"https://hooks.example.org/linq\",\"events\":[\"message.created\"]}", "events[0]"),
                Arguments.of("POST", "/api/webhook-subscriptions", "{\"target_url\":\"https://hooks.example.org/linq\",\"events\":[\"message.received\"],\"version\":\"v2\"}", "version"),
                // capability
                Arguments.of("POST", "/api/capability/check", "{\"handle\":\"not-a-handle\"}", "handle"),
                // list paging
                Arguments.of("GET", "/api/chats?limit=500", null, "limit"),
                Arguments.of("GET", "/api/chats?from_phone=5555550100", null, "from_phone"));
    }

    @ParameterizedTest(name = "{0} {1} -> {3}")
    @MethodSource("badBodies")
    void badInputIsAProblemNamingTheFieldAndNeverReachesLinq(String method, String path, String body, String field) {
        var request = api();
        if (body != null) {
            request.body(body);
        }
        request.when().request(method, path)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors.field", hasItem(field));
    }

    @org.junit.jupiter.api.Test
    void bodyThatIsNotJsonIsAMalformedRequest() {
        api().body("{\"text\": ").post("/api/chats/c1/messages")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:linq-gateway:problem:malformed-request"));
    }

    @org.junit.jupiter.api.Test
    void fieldOfTheWrongTypeIsNamed() {
        api().body("{\"filename\":\"a.pdf\",\"content_type\":\"application/pdf\",\"size_bytes\":\"big\"}")
                .post("/api/attachments")
                .then().statusCode(400)
                .body("errors.field", hasItem("size_bytes"));
    }
}
