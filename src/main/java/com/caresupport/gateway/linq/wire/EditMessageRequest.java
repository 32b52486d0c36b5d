package com.caresupport.gateway.linq.wire;

/** {@code PATCH /v3/messages/{id}}: replaces the text of one text part. */
public record EditMessageRequest(String text, Integer partIndex) {
}
