package com.caresupport.gateway.linq.wire;

import java.util.List;

/** {@code POST /v3/webhook-subscriptions}; the payload version rides in {@code targetUrl} as {@code ?version=}. */
public record SubscriptionRequest(String targetUrl, List<String> subscribedEvents, List<String> phoneNumbers) {
}
