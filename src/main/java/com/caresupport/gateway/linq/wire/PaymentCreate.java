package com.caresupport.gateway.linq.wire;

import java.util.Map;

/**
 * Body of {@code POST /v3/payments}: an agent payment for a connected customer ({@code handle}, E.164 or email).
 * The idempotency key travels in the header; Linq advances the same payment for a repeated key.
 */
public record PaymentCreate(Long amountCents, String currency, String handle, String description, Merchant merchant,
        Map<String, String> metadata) {

    /** Where the agent is buying, as the customer will see it. */
    public record Merchant(String name, String url) {
    }
}
