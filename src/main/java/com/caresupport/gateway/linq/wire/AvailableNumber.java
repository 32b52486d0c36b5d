package com.caresupport.gateway.linq.wire;

/** Response of {@code GET /v3/available_number}: the line Linq suggests and its contact card. */
public record AvailableNumber(String phoneNumber, String vcfUrl) {
}
