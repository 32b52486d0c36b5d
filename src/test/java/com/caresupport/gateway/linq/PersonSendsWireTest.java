package com.caresupport.gateway.linq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.caresupport.gateway.linq.wire.AppCardUpdateRequest;
import com.caresupport.gateway.linq.wire.DirectSendRequest;
import com.caresupport.gateway.linq.wire.DirectSendResponse;
import com.caresupport.gateway.linq.wire.LocationRequestResponse;
import com.caresupport.gateway.linq.wire.MessageContent;
import com.caresupport.gateway.linq.wire.Part;
import com.caresupport.gateway.linq.wire.PollEnvelope;
import com.caresupport.gateway.linq.wire.PollOption;
import com.caresupport.gateway.linq.wire.PollOptionsRequest;
import com.caresupport.gateway.linq.wire.PollRequest;
import com.caresupport.gateway.linq.wire.PollVoteRequest;
import com.caresupport.gateway.testing.LinqTestSupport;
import com.caresupport.gateway.testing.SandboxControl;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Each person-reaching method added for direct sends, polls, location requests and card updates, against the
 * sandbox: the request has the SDK's method, path, headers and body, and the answer parses with its fields.
 */
@QuarkusTest
class PersonSendsWireTest extends LinqTestSupport {

    private static final String RECIPIENT = "+15551238801";

    @Inject
    LinqClient linq;

    private static Map<String, Object> only(String method, String pathRegex) {
        List<Map<String, Object>> received = SandboxControl.received(method, "^" + pathRegex + "$");
        assertEquals(1, received.size(), method + " " + pathRegex + ": " + received);
        return received.get(0);
    }

    private PollEnvelope poll(String chatId) {
        return linq.createPoll(chatId, new PollRequest(new PollRequest.Poll(
                List.of(new PollOption("Tuesday"), new PollOption("Thursday")), "poll-key-1")));
    }

    @Test
    @SuppressWarnings("unchecked")
    void sendsDirectlyWithTheKeyInHeaderAndMessage() {
        DirectSendResponse sent = linq.sendDirect(new DirectSendRequest(
                new MessageContent(List.of(Part.text("See https://care.example.org")), null, "direct-key-1", null, null),
                List.of(RECIPIENT), List.of("+15555550199")));

        Map<String, Object> request = only("POST", "/messages");
        assertEquals("direct-key-1", ((Map<String, Object>) request.get("headers")).get("idempotency-key"));
        Map<String, Object> body = (Map<String, Object>) request.get("body");
        assertEquals(List.of(RECIPIENT), body.get("to"));
        assertEquals(List.of("+15555550199"), body.get("exclude_from"));
        assertEquals("direct-key-1", ((Map<String, Object>) body.get("message")).get("idempotency_key"));
        assertNotNull(sent.chatId());
        assertTrue(sent.createdNewChat());
        assertEquals("new_best_number", sent.fromSelection().reason());
        assertFalse(sent.fromSelection().reusedExistingChat());
        assertEquals(SandboxControl.LINE, sent.from());
        assertNotNull(sent.message().id());
        assertFalse(sent.isGroup());
        assertTrue(sent.handles().stream().anyMatch(h -> RECIPIENT.equals(h.handle())));
    }

    @Test
    @SuppressWarnings("unchecked")
    void createsAPollWithItsKeyInsideThePoll() {
        String chatId = SandboxControl.openChat(RECIPIENT);
        PollEnvelope created = poll(chatId);

        Map<String, Object> body = (Map<String, Object>) only("POST", "/chats/" + chatId + "/polls").get("body");
        assertEquals(Map.of("poll", Map.of("idempotency_key", "poll-key-1",
                "options", List.of(Map.of("text", "Tuesday"), Map.of("text", "Thursday")))), body);
        assertEquals(chatId, created.chatId());
        assertNotNull(created.messageId());
        assertEquals(List.of("Tuesday", "Thursday"),
                created.poll().options().stream().map(PollEnvelope.Option::text).toList());
    }

    @Test
    @SuppressWarnings("unchecked")
    void addsOptionsAndVotes() {
        String chatId = SandboxControl.openChat(RECIPIENT);
        String messageId = poll(chatId).messageId();

        PollEnvelope widened = linq.addPollOptions(messageId, new PollOptionsRequest(List.of(new PollOption("Friday"))));
        assertEquals(Map.of("options", List.of(Map.of("text", "Friday"))),
                only("POST", "/messages/" + messageId + "/poll/options").get("body"));
        assertEquals(3, widened.poll().options().size());

        String optionId = widened.poll().options().get(2).optionId();
        PollEnvelope voted = linq.votePoll(messageId, new PollVoteRequest("add", optionId));
        assertEquals(Map.of("operation", "add", "option_id", optionId),
                only("POST", "/messages/" + messageId + "/poll/votes").get("body"));
        assertEquals(1, voted.poll().options().get(2).voters().size());
        assertEquals(1L, voted.poll().totalVoters());
    }

    @Test
    void requestsALocationWithNoBody() {
        String chatId = SandboxControl.openChat(RECIPIENT);
        LocationRequestResponse answer = linq.requestLocation(chatId);

        Map<String, Object> request = only("POST", "/chats/" + chatId + "/location/request");
        assertTrue(request.get("body") == null || "".equals(request.get("body")), "no body: " + request);
        assertTrue(answer.success());
        assertNotNull(answer.message());
    }

    @Test
    @SuppressWarnings("unchecked")
    void updatesACardWithTheSdksFieldsAndIsRefusedForAPlainMessage() {
        String chatId = SandboxControl.openChat(RECIPIENT);
        String plain = linq.listMessages(chatId, 1, null).messages().get(0).id();
        AppCardUpdateRequest card = new AppCardUpdateRequest(
                new AppCardUpdateRequest.Layout("Ride booked", "Pick-up 9:40", null, null, null, null, null),
                "Ride booked, pick-up 9:40", false, "https://rides.example.org/r/1", null);

        LinqRejectedException refused = assertThrows(LinqRejectedException.class, () -> linq.updateAppCard(plain, card));

        assertEquals(400, refused.status());
        Map<String, Object> body = (Map<String, Object>) only("POST", "/messages/" + plain + "/update").get("body");
        assertEquals(Map.of("caption", "Ride booked", "subcaption", "Pick-up 9:40"), body.get("layout"));
        assertEquals("Ride booked, pick-up 9:40", body.get("fallback_text"));
        assertEquals(false, body.get("interactive"));
        assertEquals("https://rides.example.org/r/1", body.get("url"));
        assertFalse(body.containsKey("experience"));
    }
}
