package com.caresupport.gateway.linq.wire;

import java.util.Map;

/**
 * Body of {@code POST /v3/payment_requests}. {@code payment} mode takes {@code amount} (minor units) and
 * {@code currency}; {@code subscription} mode takes {@code priceId} and optionally {@code quantity} and a trial.
 * The {@code natural} rail needs {@code from} and {@code payerHandle}. The idempotency key travels in the header.
 */
public record PaymentRequestCreate(Long amount, String currency, String customerId, String description, String from,
        String payerHandle, String priceId, Long quantity, String trialEnd, Long trialPeriodDays,
        Map<String, String> metadata, String mode, String rail) {
}
