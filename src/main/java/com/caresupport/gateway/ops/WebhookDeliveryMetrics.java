package com.caresupport.gateway.ops;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * {@code linq_gateway_webhook_deliveries_total}: what the receiver did with each delivery, by event type and
 * outcome (accepted, duplicate, refused) and, for refusals, the reason (signature, too_large, malformed).
 */
@ApplicationScoped
public class WebhookDeliveryMetrics {

    /** Type recorded for deliveries refused before their body was read. */
    public static final String UNREAD = "unknown";

    private final MeterRegistry registry;

    WebhookDeliveryMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public void accepted(String type, boolean duplicate) {
        count(type, duplicate ? "duplicate" : "accepted", "none");
    }

    public void refused(String reason) {
        count(UNREAD, "refused", reason);
    }

    private void count(String type, String outcome, String reason) {
        registry.counter("linq.gateway.webhook.deliveries", "type", type == null || type.isBlank() ? UNREAD : type,
                "outcome", outcome, "reason", reason).increment();
    }
}
