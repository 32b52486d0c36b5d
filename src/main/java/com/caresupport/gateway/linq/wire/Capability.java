package com.caresupport.gateway.linq.wire;

/** Whether {@code address} is reachable over the service that was asked about. */
public record Capability(String address, boolean available) {
}
