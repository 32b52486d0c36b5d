package com.caresupport.gateway.messaging;

import java.util.List;

/** Every webhook event type Linq offers, and where Linq documents them. */
public record WebhookEventTypeList(boolean success, List<String> events, String docUrl) {
}
