package com.caresupport.gateway.inbound;

import static com.caresupport.gateway.testing.GatewayApi.api;
import static com.caresupport.gateway.testing.SandboxControl.someHandle;
import static com.caresupport.gateway.testing.TestSigner.inbound;
import static com.caresupport.gateway.testing.TestSigner.post;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.caresupport.gateway.testing.LinqTestSupport;
import com.caresupport.gateway.testing.SandboxControl;
import com.caresupport.gateway.webhook.WebhookEvent;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A STOP is in force from the moment its webhook delivery is answered, whatever the processing of stored events
 * is doing. Here that processing does not run at all (no processing thread, no retry job), as under a burst it
 * runs late: only the receiver can have taken the keyword in.
 */
@QuarkusTest
@TestProfile(OptOutOnReceiptTest.StalledProcessing.class)
@Tag("persistence")
class OptOutOnReceiptTest extends LinqTestSupport {

    public static class StalledProcessing implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("gateway.webhook.processing-threads", "0", "quarkus.scheduler.enabled", "false");
        }
    }

    @Test
    void aSendRightAfterAStopIsAnsweredIsRefusedAndReachesNoOne() {
        String handle = someHandle();
        String event = reply(handle, "  stop\\n");

        assertRefused(createChat(handle), handle);
        assertEquals(0, SandboxControl.requests("POST /v3/chats"), "Linq was asked for nothing");
        assertEquals(WebhookEvent.State.RECEIVED, state(event), "the event itself was not processed");
        assertEquals(1, takenIn(event), "the reply is stored once, as an inbound message");
    }

    @Test
    void aStartRightAfterAStopAllowsSendsAgain() {
        String handle = someHandle();
        reply(handle, "STOP");
        assertRefused(createChat(handle), handle);

        reply(handle, "Start");
        createChat(handle).statusCode(201);
    }

    @Test
    void aReplyThatIsNotAKeywordWaitsForProcessingAndStopsNothing() {
        String handle = someHandle();
        String event = reply(handle, "Stop by at 5? I can't END the call before");

        createChat(handle).statusCode(201);
        assertEquals(0, takenIn(event), "an ordinary reply is left to the event's processing");
    }

    /** Delivers a signed {@code message.received} from {@code handle}; returns its event id once answered 200. */
    private static String reply(String handle, String jsonText) {
        String event = "evt_" + UUID.randomUUID();
        post(event, inbound(event, "msg-" + event, "chat-" + handle, handle, jsonText)).then().statusCode(200)
                .body("duplicate", equalTo(false));
        return event;
    }

    private static ValidatableResponse createChat(String handle) {
        return api().body(Map.of("to_phone", handle, "initial_message", "Your appointment is at 3")).post("/api/chats")
                .then();
    }

    private static void assertRefused(ValidatableResponse response, String handle) {
        response.statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:linq-gateway:problem:recipient-opted-out"))
                .body("detail", containsString(handle));
    }

    private static WebhookEvent.State state(String event) {
        return QuarkusTransaction.requiringNew().call(() -> WebhookEvent.<WebhookEvent>find("eventId", event)
                .singleResult().state);
    }

    private static long takenIn(String event) {
        return QuarkusTransaction.requiringNew().call(() -> InboundRecord.count("linqMessageId", "msg-" + event));
    }
}
