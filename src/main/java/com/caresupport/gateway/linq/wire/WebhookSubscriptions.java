package com.caresupport.gateway.linq.wire;

import java.util.List;

/** Response of {@code GET /v3/webhook-subscriptions}, active and inactive alike. */
public record WebhookSubscriptions(List<WebhookSubscription> subscriptions) {
}
