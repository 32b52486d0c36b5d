package com.caresupport.gateway.linq.wire;

import java.util.List;

/**
 * Linq's {@code MessageContent}. The idempotency key lives here, inside {@code message}, which is the only
 * place Linq reads it on chat creation and on sends to a chat.
 */
public record MessageContent(List<Part> parts, Effect effect, String idempotencyKey, String preferredService,
        ReplyTo replyTo) {
}
