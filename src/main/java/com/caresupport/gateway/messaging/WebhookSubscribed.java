package com.caresupport.gateway.messaging;

import com.caresupport.gateway.config.Secret;

/**
 * Fired when the gateway created a webhook subscription, so the receiver can trust deliveries signed with
 * its secret from then on.
 */
public record WebhookSubscribed(String subscriptionId, Secret signingSecret) {
}
