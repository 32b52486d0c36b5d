package com.caresupport.gateway.inbound;

import java.time.Instant;

/** An inbound message as either path (webhook or poller) saw it, before deduplication. */
public record InboundCandidate(String linqMessageId, String chatId, String fromHandle, String text, String service,
        Boolean group, Instant sentAt, String source) {
}
