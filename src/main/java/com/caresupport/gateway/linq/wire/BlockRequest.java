package com.caresupport.gateway.linq.wire;

/** Body of {@code POST /v3/blocked_handles} ({@code DELETE} takes {@link HandleRequest}). */
public record BlockRequest(String handle, String reason) {
}
