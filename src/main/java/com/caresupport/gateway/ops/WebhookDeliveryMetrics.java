package com.caresupport.gateway.ops;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code linq_gateway_webhook_deliveries_total}: what the receiver did with each delivery, by event type and
 * outcome (accepted, duplicate, refused) and, for refusals, the reason (signature, too_large, malformed).
 */
@ApplicationScoped
public class WebhookDeliveryMetrics {

    /** Type recorded for deliveries refused before their body was read. */
    public static final String UNREAD = "unknown";

    private final MeterRegistry registry;
    /** Event types are few (Linq's 45) and come only in verified deliveries, so this stays small. */
    private final Map<Key, Counter> counters = new ConcurrentHashMap<>();

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
        Key key = new Key(type == null || type.isBlank() ? UNREAD : type, outcome, reason);
        counters.computeIfAbsent(key, this::register).increment();
    }

    /** Looked up once per kind: the registry's own lookup builds, sorts and hashes the tags on every call. */
    private Counter register(Key key) {
        return registry.counter("linq.gateway.webhook.deliveries", "type", key.type(), "outcome", key.outcome(),
                "reason", key.reason());
    }

    private record Key(String type, String outcome, String reason) {
    }
}
