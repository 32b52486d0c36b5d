package com.caresupport.gateway.messaging;

import com.caresupport.gateway.config.Secret;

/**
 * Fired when the gateway created a webhook subscription to its own receiver, so the receiver can trust
 * deliveries signed with its secret from then on. Never fired for other targets.
 */
public record WebhookSubscribed(String subscriptionId, Secret signingSecret, String targetUrl) {
}
