package com.caresupport.gateway.linq.wire;

/** {@code POST /v3/blocked_handles}' answer. */
public record BlockedHandleCreated(BlockedHandle blockedHandle) {
}
