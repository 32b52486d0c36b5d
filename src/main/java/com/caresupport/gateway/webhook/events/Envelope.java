package com.caresupport.gateway.webhook.events;

import java.time.Instant;

/**
 * What every delivery carries around its {@code data}. {@code storedId} is the gateway's id of the stored event
 * (GET /api/webhook-events/{id}); the rest is Linq's, any of it null when Linq left it out.
 */
public record Envelope(String storedId, LinqEventType type, String eventId, String apiVersion,
        String webhookVersion, Instant createdAt, String partnerId, String traceId) {
}
