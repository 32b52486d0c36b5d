package com.caresupport.gateway.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Stores accepted deliveries once: the unique ids in the database decide what is a repeat. */
@ApplicationScoped
public class WebhookEvents {

    /** The stored event's id, or empty when this delivery repeats one already stored. */
    public Optional<String> store(String webhookId, JsonNode envelope, String raw) {
        WebhookEvent event = new WebhookEvent();
        event.id = UUID.randomUUID().toString();
        event.webhookId = blankToNull(webhookId);
        event.eventId = blankToNull(envelope.path("event_id").asText(null));
        event.eventType = envelope.path("event_type").asText(null);
        event.apiVersion = envelope.path("api_version").asText(null);
        event.webhookVersion = envelope.path("webhook_version").asText(null);
        event.receivedAt = Instant.now();
        event.payload = raw;
        event.state = WebhookEvent.State.RECEIVED;
        event.nextAttemptAt = event.receivedAt;
        if (isKnown(event)) {
            return Optional.empty();
        }
        try {
            QuarkusTransaction.requiringNew().run(event::persist);
            return Optional.of(event.id);
        } catch (RuntimeException e) {
            // A concurrent copy won the unique constraint: that is a repeat, not a failure.
            if (isKnown(event)) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private static boolean isKnown(WebhookEvent event) {
        return QuarkusTransaction.requiringNew().call(() ->
                event.webhookId != null && WebhookEvent.count("webhookId", event.webhookId) > 0
                        || event.eventId != null && WebhookEvent.count("eventId", event.eventId) > 0);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
