package com.caresupport.gateway.messaging;

import java.util.List;

/** A webhook subscription, in the older client's field names. */
public record SubscriptionView(String subscriptionId, String targetUrl, List<String> events, boolean active,
        List<String> phoneNumbers, String createdAt) {
}
