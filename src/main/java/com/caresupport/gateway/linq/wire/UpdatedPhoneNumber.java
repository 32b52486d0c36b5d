package com.caresupport.gateway.linq.wire;

/** Response of {@code PUT /v3/phone_numbers/{phoneNumberId}}; {@code forwardingNumber} is null once cleared. */
public record UpdatedPhoneNumber(String id, String forwardingNumber, String phoneNumber) {
}
