package com.caresupport.gateway.linq.wire;

/** {@code GET /v3/payments/providers/{provider}}: status onboarding, ready or disabled. */
public record PaymentProvider(String provider, String status) {
}
