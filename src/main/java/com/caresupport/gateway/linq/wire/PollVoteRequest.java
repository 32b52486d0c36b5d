package com.caresupport.gateway.linq.wire;

/** {@code POST /v3/messages/{messageId}/poll/votes}: {@code operation} is {@code add} or {@code remove}. */
public record PollVoteRequest(String operation, String optionId) {
}
