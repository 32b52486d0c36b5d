package com.caresupport.gateway.messaging;

import java.util.List;

/** A new subscription. Linq shows {@code signingSecret} only once; the gateway also keeps it to verify deliveries. */
public record SubscriptionCreated(boolean success, String subscriptionId, String signingSecret, String targetUrl,
        List<String> events) {
}
