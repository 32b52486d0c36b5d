package com.caresupport.gateway.lines;

/** A line after its forwarding number changed; {@code forwardingNumber} is null once cleared. */
public record LineUpdated(boolean success, String id, String phoneNumber, String forwardingNumber) {
}
