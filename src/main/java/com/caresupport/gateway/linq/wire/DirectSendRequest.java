package com.caresupport.gateway.linq.wire;

import java.util.List;

/**
 * {@code POST /v3/messages}: a send to recipients whose chat Linq finds or creates. The idempotency key
 * travels in {@code message.idempotency_key} (and the {@code Idempotency-Key} header, as the SDK sends it).
 */
public record DirectSendRequest(MessageContent message, List<String> to, List<String> excludeFrom) {
}
