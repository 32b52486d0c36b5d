package com.caresupport.gateway.webhook;

import com.caresupport.gateway.webhook.events.LinqEvent;
import com.caresupport.gateway.webhook.events.LinqEventType;
import com.caresupport.gateway.webhook.events.MalformedPayloadException;
import com.caresupport.gateway.webhook.events.PayloadReader;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * Turns a stored delivery into typed CDI events: every type Linq's SDK knows ({@link LinqEventType}) becomes
 * one {@link LinqEvent}, and messages, reactions, chats and participants also become the gateway's own
 * {@link InboundMessage}, {@link DeliveryStatusChanged}, {@link ReactionChanged} and {@link ChatChanged}. Reads
 * the 2026-02-03 payload (message fields at the top of {@code data}, {@code direction}, nested {@code chat}) and
 * the older 2025-01-01 one ({@code data.message}, {@code data.chat_id}, {@code is_from_me}).
 * <p>
 * A type it does not know is left alone (the event stays stored and counts as processed). A known type whose
 * payload lacks its shape fires nothing: {@link MalformedPayloadException} is thrown before any event, so the
 * processor records the event as failed with the reason.
 */
@ApplicationScoped
public class WebhookDispatcher {

    private final ObjectMapper json;
    private final Event<InboundMessage> inbound;
    private final Event<DeliveryStatusChanged> status;
    private final Event<ReactionChanged> reactions;
    private final Event<ChatChanged> chats;
    private final Event<LinqEvent> typed;
    private final PayloadReader reader;
    /** Types already reported as unknown; bounded, as a safeguard, though deliveries are signed by Linq. */
    private final Set<String> unknownTypes = ConcurrentHashMap.newKeySet();

    WebhookDispatcher(ObjectMapper json, Event<InboundMessage> inbound, Event<DeliveryStatusChanged> status,
            Event<ReactionChanged> reactions, Event<ChatChanged> chats, Event<LinqEvent> typed, PayloadReader reader) {
        this.json = json;
        this.typed = typed;
        this.reader = reader;
        this.inbound = inbound;
        this.status = status;
        this.reactions = reactions;
        this.chats = chats;
    }

    void dispatch(String eventId, String payload) {
        JsonNode envelope;
        try {
            envelope = json.readTree(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored payload is not JSON", e);
        }
        String type = envelope.path("event_type").asText("");
        Optional<LinqEventType> known = LinqEventType.of(type);
        if (known.isEmpty()) {
            unknown(eventId, type);
            return;
        }
        // Read first: a payload without its type's shape must fire no event at all, not half of them.
        LinqEvent event = reader.event(eventId, known.get(), envelope);
        JsonNode data = envelope.path("data");
        Instant created = time(envelope.path("created_at").asText(null));
        switch (type) {
            case "message.received" -> received(eventId, data).ifPresent(inbound::fire);
            case "message.sent", "message.delivered", "message.read" -> delivery(eventId, type.substring(8), data, created);
            case "message.failed" -> status.fire(new DeliveryStatusChanged(eventId, text(data, "message_id"),
                    text(data, "chat_id"), "failed", or(time(text(data, "failed_at")), created), null,
                    data.hasNonNull("code") ? data.get("code").asInt() : null, text(data, "reason")));
            case "message.edited" -> status.fire(new DeliveryStatusChanged(eventId, text(data, "id"),
                    data.path("chat").path("id").asText(null), "edited", or(time(text(data, "edited_at")), created),
                    null, null, "part " + data.path("part").path("index").asInt(0) + ": "
                            + data.path("part").path("text").asText("")));
            case "reaction.added", "reaction.removed" -> reactions.fire(new ReactionChanged(eventId,
                    type.endsWith("added"), text(data, "message_id"), text(data, "chat_id"), text(data, "reaction_type"),
                    text(data, "custom_emoji"), data.path("from_handle").path("handle").asText(text(data, "from")),
                    data.path("is_from_me").asBoolean(false),
                    data.hasNonNull("part_index") ? data.get("part_index").asInt() : null));
            default -> {
                if (type.startsWith("chat.") || type.startsWith("participant.")) {
                    chats.fire(new ChatChanged(eventId, type, data.hasNonNull("chat_id") ? text(data, "chat_id")
                            : text(data, "id"), data.path("participant").path("handle").asText(text(data, "handle"))));
                }
            }
        }
        typed.fire(event);
    }

    /** The event types this dispatcher turns into typed events, by Linq's names. */
    public static Set<String> knownTypes() {
        return Arrays.stream(LinqEventType.values()).map(LinqEventType::wireName)
                .collect(Collectors.toUnmodifiableSet());
    }

    private void unknown(String eventId, String type) {
        if (unknownTypes.size() < 1000 && unknownTypes.add(type)) {
            Log.infof("Webhook event type '%s' is unknown to this gateway: stored (first: event %s), not dispatched",
                    type, eventId);
        } else {
            Log.debugf("Webhook event %s of unknown type %s stored; nothing to dispatch", eventId, type);
        }
    }

    /**
     * The message someone sent, in a stored {@code message.received} payload; empty for any other payload, and
     * for a message the line itself sent. For the receiver, which takes some messages in before answering.
     */
    public Optional<InboundMessage> inboundMessage(String eventId, String payload) {
        JsonNode envelope;
        try {
            envelope = json.readTree(payload);
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
        return "message.received".equals(envelope.path("event_type").asText()) && envelope.path("data").isObject()
                ? received(eventId, envelope.get("data")) : Optional.empty();
    }

    private static Optional<InboundMessage> received(String eventId, JsonNode data) {
        boolean legacy = data.has("message");
        JsonNode message = legacy ? data.get("message") : data;
        boolean fromMe = legacy ? data.path("is_from_me").asBoolean(false)
                : "outbound".equals(data.path("direction").asText());
        if (fromMe) {
            return Optional.empty();
        }
        String chatId = legacy ? text(data, "chat_id") : data.path("chat").path("id").asText(null);
        String from = legacy ? text(data, "from") : data.path("sender_handle").path("handle").asText(null);
        Boolean group = legacy ? null : data.path("chat").hasNonNull("is_group") ? data.path("chat").get("is_group").asBoolean() : null;
        return Optional.of(new InboundMessage(eventId, text(message, "id"), chatId, from, text(message.path("parts")),
                legacy ? null : text(data, "service"), group, time(text(message, "sent_at"))));
    }

    private void delivery(String eventId, String state, JsonNode data, Instant created) {
        boolean legacy = data.has("message");
        JsonNode message = legacy ? data.get("message") : data;
        String field = state.equals("sent") ? "sent_at" : state.equals("delivered") ? "delivered_at" : "read_at";
        status.fire(new DeliveryStatusChanged(eventId, text(message, "id"),
                legacy ? text(data, "chat_id") : data.path("chat").path("id").asText(null), state,
                or(time(text(message, field)), created), legacy ? null : text(data, "idempotency_key"), null, null));
    }

    /** The text parts of a message, joined; attachments and links are left out. */
    static String text(JsonNode parts) {
        if (!parts.isArray()) {
            return null;
        }
        String text = StreamSupport.stream(parts.spliterator(), false)
                .filter(p -> "text".equals(p.path("type").asText())).map(p -> p.path("value").asText(""))
                .collect(Collectors.joining("\n"));
        return text.isEmpty() ? null : text;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static Instant time(String value) {
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Instant or(Instant first, Instant second) {
        return first != null ? first : second != null ? second : Instant.now();
    }
}
