package com.caresupport.gateway.webhook;

import static com.caresupport.gateway.testing.GatewayApi.api;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.caresupport.gateway.testing.LinqEventRecorder;
import com.caresupport.gateway.testing.RecordingObserver;
import com.caresupport.gateway.testing.TestSigner;
import com.caresupport.gateway.webhook.events.BackgroundUpdateFailedEvent;
import com.caresupport.gateway.webhook.events.BackgroundUpdatedEvent;
import com.caresupport.gateway.webhook.events.CallEvent;
import com.caresupport.gateway.webhook.events.ChatCreatedEvent;
import com.caresupport.gateway.webhook.events.ConnectionEvent;
import com.caresupport.gateway.webhook.events.GroupChatUpdateFailedEvent;
import com.caresupport.gateway.webhook.events.GroupChatUpdatedEvent;
import com.caresupport.gateway.webhook.events.LinqEvent;
import com.caresupport.gateway.webhook.events.LocationSharingEvent;
import com.caresupport.gateway.webhook.events.MessageEditedEvent;
import com.caresupport.gateway.webhook.events.MessageEvent;
import com.caresupport.gateway.webhook.events.MessageFailedEvent;
import com.caresupport.gateway.webhook.events.ParticipantEvent;
import com.caresupport.gateway.webhook.events.PaymentEvent;
import com.caresupport.gateway.webhook.events.PhoneNumberStatusEvent;
import com.caresupport.gateway.webhook.events.PollEvent;
import com.caresupport.gateway.webhook.events.PollFailedEvent;
import com.caresupport.gateway.webhook.events.PollUpdatedEvent;
import com.caresupport.gateway.webhook.events.PollVoteEvent;
import com.caresupport.gateway.webhook.events.ReactionEvent;
import com.caresupport.gateway.webhook.events.TypingEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every webhook event type Linq's SDK knows, delivered signed through the real receiver with an SDK-shaped
 * sample (src/test/resources/webhook-samples): stored, and fired as the right typed event with every field of
 * the sample read. Also what happens to types the gateway does not know and to payloads without their shape.
 */
@QuarkusTest
@Tag("persistence")
class LinqEventDispatchTest {

    private static final Duration PATIENCE = Duration.ofSeconds(15);
    /** Writes a typed event's data back as JSON, to compare with the sample it was read from. */
    private static final ObjectMapper SNAKE = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);

    /** The record each Linq type becomes, stated independently of the dispatcher's own table. */
    private static final Map<String, Class<? extends LinqEvent>> RECORD_BY_GROUP = Map.ofEntries(
            Map.entry("message.failed", MessageFailedEvent.class), Map.entry("message.edited", MessageEditedEvent.class),
            Map.entry("message", MessageEvent.class), Map.entry("reaction", ReactionEvent.class),
            Map.entry("poll.reaction.added", ReactionEvent.class), Map.entry("poll.failed", PollFailedEvent.class),
            Map.entry("poll.updated", PollUpdatedEvent.class), Map.entry("poll.vote", PollVoteEvent.class),
            Map.entry("poll", PollEvent.class), Map.entry("participant", ParticipantEvent.class),
            Map.entry("chat.created", ChatCreatedEvent.class),
            Map.entry("chat.group_name_updated", GroupChatUpdatedEvent.class),
            Map.entry("chat.group_icon_updated", GroupChatUpdatedEvent.class),
            Map.entry("chat.group_name_update_failed", GroupChatUpdateFailedEvent.class),
            Map.entry("chat.group_icon_update_failed", GroupChatUpdateFailedEvent.class),
            Map.entry("chat.background_updated", BackgroundUpdatedEvent.class),
            Map.entry("chat.background_update_failed", BackgroundUpdateFailedEvent.class),
            Map.entry("chat.typing_indicator", TypingEvent.class),
            Map.entry("phone_number", PhoneNumberStatusEvent.class), Map.entry("call", CallEvent.class),
            Map.entry("location", LocationSharingEvent.class), Map.entry("payment", PaymentEvent.class),
            Map.entry("connection", ConnectionEvent.class));

    @Inject
    LinqEventRecorder recorder;

    @Inject
    RecordingObserver observer;

    @Inject
    ObjectMapper json;

    static List<String> linqTypes() throws IOException {
        try (InputStream in = resource("linq-webhook-event-types.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty()).toList();
        }
    }

    @Test
    void dispatcherKnowsExactlyTheSdkTypes() throws IOException {
        List<String> listed = linqTypes();
        assertEquals(45, listed.size(), "the SDK's WebhookEventType has 45 values");
        assertEquals(Set.copyOf(listed), WebhookDispatcher.knownTypes());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("linqTypes")
    void sdkShapedDeliveryIsStoredAndFiredTyped(String type) throws IOException {
        ObjectNode sample;
        try (InputStream in = resource("webhook-samples/" + type + ".json")) {
            assertNotNull(in, "a sample for " + type);
            sample = (ObjectNode) json.readTree(in);
        }
        String eventId = "evt_" + UUID.randomUUID();
        sample.put("event_id", eventId);
        String body = json.writeValueAsString(sample);

        TestSigner.post(eventId, body).then().statusCode(200);

        Awaitility.await().atMost(PATIENCE).until(() -> recorder.withEventId(eventId).size() == 1);
        LinqEvent event = recorder.withEventId(eventId).get(0);
        assertInstanceOf(expectedRecord(type), event, type);
        assertEquals(type, event.type().wireName());
        assertEquals("partner_sample", event.envelope().partnerId());
        assertEquals("0123456789abcdef0123456789abcdef", event.envelope().traceId());
        assertEquals("2026-02-03", event.envelope().webhookVersion());
        assertEquals(Instant.parse("2026-02-03T10:00:00Z"), event.envelope().createdAt());
        assertContains(sample.get("data"), SNAKE.valueToTree(data(event)), "data");
        api().get("/api/webhook-events/{id}", event.envelope().storedId()).then().statusCode(200)
                .body("event_type", equalTo(type)).body("state", equalTo("processed")).body("payload", equalTo(body));
    }

    @Test
    void oneRecordTypeCanBeObservedOnItsOwn() throws IOException {
        String eventId = post("poll.vote.added", null);
        Awaitility.await().atMost(PATIENCE).until(() -> recorder.votes.stream()
                .anyMatch(v -> eventId.equals(v.envelope().eventId())));
        PollVoteEvent vote = recorder.votes.stream().filter(v -> eventId.equals(v.envelope().eventId())).findFirst()
                .orElseThrow();
        assertEquals("opt_2", vote.data().optionId());
        assertEquals("chat_sample_1", vote.data().chat().id());
        assertEquals("+15551230001", vote.data().senderHandle().handle());
    }

    @Test
    void unknownTypeIsAcknowledgedStoredAndNotDispatched() {
        String eventId = "evt_" + UUID.randomUUID();
        String body = "{\"api_version\":\"v3\",\"webhook_version\":\"2026-02-03\",\"event_type\":\"survey.completed\","
                + "\"event_id\":\"" + eventId + "\",\"data\":{\"survey_id\":7}}";

        TestSigner.post(eventId, body).then().statusCode(200).body("duplicate", equalTo(false));

        Awaitility.await().atMost(PATIENCE).untilAsserted(() -> api().get("/api/webhook-events?type=survey.completed")
                .then().body("events.find { it.event_id == '" + eventId + "' }.state", equalTo("processed")));
        assertTrue(recorder.withEventId(eventId).isEmpty(), "an unknown type fires no typed event");
    }

    /** Each case: a type, a JSON patch of its sample's data (or a whole replacement), and the error expected. */
    static Stream<List<String>> malformed() {
        return Stream.of(
                List.of("poll.vote.added", "{\"message_id\":null}", "data.message_id: must not be null"),
                List.of("message.failed", "{\"code\":\"4001\"}", "data.code: expected an integer"),
                List.of("message.sent", "{\"chat\":\"chat_sample_1\"}", "data.chat: expected an object"),
                List.of("message.delivered", "{\"delivered_at\":\"yesterday\"}", "data.delivered_at: expected an ISO-8601 timestamp"),
                List.of("reaction.added", "{\"is_from_me\":\"no\"}", "data.is_from_me: expected a boolean"),
                List.of("poll.sent", "{\"poll\":{\"options\":[{\"text\":\"x\"}]}}", "data.poll.options[0].option_id: must not be null"),
                List.of("chat.typing_indicator.started", "{\"chat_id\":42}", "data.chat_id: expected a string"),
                List.of("participant.added", "REPLACE:\"+15551230002\"", "data: expected an object, got string"),
                List.of("payment.succeeded", "REPLACE:null", "data: expected an object, got null"),
                List.of("connection.created", "{\"handle\":[\"+15551230001\"]}", "data.handle: expected a string"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("malformed")
    void payloadWithoutItsTypesShapeIsAcknowledgedStoredFailedAndNotDispatched(List<String> testCase)
            throws IOException {
        String type = testCase.get(0);
        int before = observer.statuses.size() + observer.inbound.size();

        String eventId = post(type, testCase.get(1));

        Awaitility.await().atMost(PATIENCE).untilAsserted(() -> api().get("/api/webhook-events?type=" + type).then()
                .body("events.find { it.event_id == '" + eventId + "' }.state", equalTo("failed"))
                .body("events.find { it.event_id == '" + eventId + "' }.last_error", containsString(
                        "MalformedPayloadException: " + type + " payload does not match its shape: " + testCase.get(2))));
        // It will never read differently, so it is left for a person rather than retried: no attempts left.
        api().get("/api/webhook-events?type=" + type).then()
                .body("events.find { it.event_id == '" + eventId + "' }.attempts", equalTo(10));
        assertTrue(recorder.withEventId(eventId).isEmpty(), "a malformed payload fires no typed event");
        assertEquals(before, observer.statuses.size() + observer.inbound.size(), "nor any of the gateway's own");
    }

    @Test
    void olderPayloadVersionIsReadIntoTheSameMessageRecord() {
        String eventId = "evt_" + UUID.randomUUID();
        String body = """
                {"api_version":"v3","webhook_version":"2025-01-01","event_type":"message.received","event_id":"%s",
                 "data":{"chat_id":"chat_v1","from":"+15551230009","is_from_me":false,
                 "message":{"id":"msg_v1_%s","parts":[{"type":"text","value":"Old format"}],
                 "sent_at":"2026-02-03T10:00:00Z"}}}""".formatted(eventId, eventId);

        TestSigner.post(eventId, body).then().statusCode(200);

        Awaitility.await().atMost(PATIENCE).until(() -> recorder.withEventId(eventId).size() == 1);
        MessageEvent.Data message = ((MessageEvent) recorder.withEventId(eventId).get(0)).data();
        assertEquals("msg_v1_" + eventId, message.id());
        assertEquals("chat_v1", message.chat().id());
        assertEquals("inbound", message.direction());
        assertEquals("+15551230009", message.senderHandle().handle());
        assertEquals("Old format", message.parts().get(0).value());
        Awaitility.await().atMost(PATIENCE).until(() -> observer.inboundFor("msg_v1_" + eventId) == 1);
    }

    /** Posts the sample of {@code type}, its data patched ({@code REPLACE:<json>} replaces it); returns its event id. */
    private String post(String type, String patch) throws IOException {
        ObjectNode sample;
        try (InputStream in = resource("webhook-samples/" + type + ".json")) {
            sample = (ObjectNode) json.readTree(in);
        }
        String eventId = "evt_" + UUID.randomUUID();
        sample.put("event_id", eventId);
        if (patch != null && patch.startsWith("REPLACE:")) {
            sample.set("data", json.readTree(patch.substring(8)));
        } else if (patch != null) {
            ((ObjectNode) sample.get("data")).setAll((ObjectNode) json.readTree(patch));
        }
        TestSigner.post(eventId, json.writeValueAsString(sample)).then().statusCode(200);
        return eventId;
    }

    private static Class<? extends LinqEvent> expectedRecord(String type) {
        for (String prefix = type; !prefix.isEmpty(); prefix = prefix.contains(".")
                ? prefix.substring(0, prefix.lastIndexOf('.')) : "") {
            Class<? extends LinqEvent> record = RECORD_BY_GROUP.get(prefix);
            if (record != null) {
                return record;
            }
        }
        return fail("no record expected for " + type);
    }

    private static Object data(LinqEvent event) {
        try {
            return event.getClass().getMethod("data").invoke(event);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    /** Every value of {@code expected} is in {@code actual} at the same place ({@code actual} may have more). */
    private static void assertContains(JsonNode expected, JsonNode actual, String path) {
        if (expected.isObject()) {
            assertTrue(actual != null && actual.isObject(), path + " is an object in the typed event");
            for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> field = it.next();
                assertContains(field.getValue(), actual.get(field.getKey()), path + "." + field.getKey());
            }
        } else if (expected.isArray()) {
            assertTrue(actual != null && actual.isArray() && actual.size() == expected.size(), path + " has "
                    + expected.size() + " elements in the typed event");
            for (int i = 0; i < expected.size(); i++) {
                assertContains(expected.get(i), actual.get(i), path + "[" + i + "]");
            }
        } else if (expected.isNull()) {
            assertTrue(actual == null || actual.isNull(), path + " is null in the typed event");
        } else {
            assertEquals(expected.asText(), actual == null ? null : actual.asText(), path + " read from the sample");
        }
    }

    private static InputStream resource(String name) {
        return LinqEventDispatchTest.class.getClassLoader().getResourceAsStream(name);
    }

}
