package com.caresupport.gateway.webhook;

import java.time.Instant;

/**
 * A message someone sent to one of the gateway's lines, as Linq reported it by webhook. Observe it with
 * {@code @Observes InboundMessage}; the inbound pipeline turns it into one handled message per Linq id.
 */
public record InboundMessage(String eventId, String messageId, String chatId, String fromHandle, String text,
        String service, Boolean group, Instant sentAt) {
}
