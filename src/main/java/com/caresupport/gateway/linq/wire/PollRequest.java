package com.caresupport.gateway.linq.wire;

import java.util.List;

/** {@code POST /v3/chats/{chatId}/polls}; Linq deduplicates on {@code poll.idempotency_key}. */
public record PollRequest(Poll poll) {

    public record Poll(List<PollOption> options, String idempotencyKey) {
    }
}
