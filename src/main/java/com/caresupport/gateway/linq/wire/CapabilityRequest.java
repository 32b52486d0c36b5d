package com.caresupport.gateway.linq.wire;

/** {@code POST /v3/capability/check_imessage} and {@code check_rcs}. */
public record CapabilityRequest(String address, String from) {
}
