package com.caresupport.gateway.linq.wire;

/** A handle the account will not exchange messages with (E.164, email, short code or sender id). */
public record BlockedHandle(String handle, String reason, String blockedAt) {
}
