package com.caresupport.gateway.linq.wire;

/** {@code POST /v3/chats/{id}/voicememo}: exactly one of the two; V3 takes no sender. */
public record VoiceMemoRequest(String voiceMemoUrl, String attachmentId) {
}
