package com.caresupport.gateway.linq.wire;

/** The small {@code {message, status, trace_id}} answer of participant and reaction calls. */
public record Acknowledgement(String message, String status, String traceId) {
}
