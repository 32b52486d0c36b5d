package com.caresupport.gateway.linq.wire;

import java.util.List;

/** Response of {@code GET /v3/phone_numbers}: the lines this API key may send from. */
public record PhoneNumbers(List<PhoneNumber> phoneNumbers) {

    /** One line and its reputation. */
    public record PhoneNumber(String id, String phoneNumber, HealthStatus reputation, String forwardingNumber) {
    }
}
