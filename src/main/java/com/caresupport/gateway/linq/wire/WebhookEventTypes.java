package com.caresupport.gateway.linq.wire;

import java.util.List;

/** {@code GET /v3/webhook-events}: every event type a subscription may ask for. */
public record WebhookEventTypes(List<String> events, String docUrl) {
}
