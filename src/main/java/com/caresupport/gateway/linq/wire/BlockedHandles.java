package com.caresupport.gateway.linq.wire;

import java.util.List;

/** {@code GET /v3/blocked_handles}. */
public record BlockedHandles(List<BlockedHandle> blockedHandles) {
}
