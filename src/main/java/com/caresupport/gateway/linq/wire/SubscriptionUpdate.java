package com.caresupport.gateway.linq.wire;

import java.util.List;

/** Body of {@code PUT /v3/webhook-subscriptions/{id}}: only the fields set are changed. */
public record SubscriptionUpdate(String targetUrl, List<String> subscribedEvents, List<String> phoneNumbers,
        Boolean isActive) {
}
