package com.caresupport.gateway.linq.wire;

/** {@code PUT /v3/phone_numbers/{phoneNumberId}}: an E.164 forwarding number, or {@code ""} to clear it. */
public record PhoneNumberUpdate(String forwardingNumber) {
}
