package com.caresupport.gateway.messaging;

/** Fired when the gateway deleted a webhook subscription: its secret is no longer trusted. */
public record WebhookUnsubscribed(String subscriptionId) {
}
