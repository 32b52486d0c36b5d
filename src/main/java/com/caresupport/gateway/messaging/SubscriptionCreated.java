package com.caresupport.gateway.messaging;

import java.util.List;

/**
 * A new subscription. For any target but the gateway's own receiver, {@code signingSecret} is Linq's, shown
 * this once and never kept; for the gateway's own receiver it is kept server-side and left out here.
 */
public record SubscriptionCreated(boolean success, String subscriptionId, String signingSecret, String targetUrl,
        List<String> events) {
}
