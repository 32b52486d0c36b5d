package com.caresupport.gateway.linq.wire;

import java.util.List;

/** {@code POST /v3/messages/{messageId}/poll/options}: carries no idempotency key. */
public record PollOptionsRequest(List<PollOption> options) {
}
