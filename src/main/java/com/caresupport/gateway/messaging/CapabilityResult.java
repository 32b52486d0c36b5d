package com.caresupport.gateway.messaging;

/** Which rich services reach a handle; SMS reaches every phone number. */
public record CapabilityResult(String handle, boolean imessage, boolean rcs) {
}
