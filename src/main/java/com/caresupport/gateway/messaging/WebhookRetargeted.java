package com.caresupport.gateway.messaging;

/**
 * Fired when a subscription whose secret the gateway keeps was pointed at {@code targetUrl}, so that its
 * secret is trusted exactly while the subscription targets this gateway's own receiver.
 */
public record WebhookRetargeted(String subscriptionId, String targetUrl) {
}
