package com.caresupport.gateway.inbound;

import java.time.Instant;

/**
 * The handler hook: observe this event ({@code @Observes IncomingMessage}) to act on every inbound message,
 * once per message whichever way it arrived. {@code member} is null, and {@code unknownSender} true, when
 * the sender is not in the member directory. An observer that throws is called again later (and only it).
 */
public record IncomingMessage(MemberView member, String fromPhone, String body, String service, String chatId,
        String messageId, Instant at, boolean unknownSender) {
}
