package com.caresupport.gateway.linq.wire;

import java.util.List;

/** A webhook subscription; {@code signingSecret} is present only in the creation response. */
public record WebhookSubscription(String id, String createdAt, String updatedAt, Boolean isActive,
        List<String> subscribedEvents, String targetUrl, List<String> phoneNumbers, String signingSecret) {
}
