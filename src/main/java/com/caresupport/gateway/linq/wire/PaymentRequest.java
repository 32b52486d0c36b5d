package com.caresupport.gateway.linq.wire;

import java.util.Map;

/**
 * A payment request ({@code /v3/payment_requests}). {@code amount} is in the currency's minor units; {@code mode}
 * payment or subscription; {@code status} requested, succeeded, canceled or expired; {@code rail} stripe or natural.
 */
public record PaymentRequest(String id, Long amount, String checkoutUrl, String createdAt, String currency,
        String mode, String object, String status, String description, String expiresAt, String interval,
        Long intervalCount, Map<String, String> metadata, Natural natural, String paidAt, String priceId,
        Long quantity, String rail, Stripe stripe, String trialEnd, String updatedAt) {

    /** Join keys on the Natural rail. */
    public record Natural(String paymentRequestId, String transactionId) {
    }

    /** Ids of the objects on the partner's own Stripe account. */
    public record Stripe(String customerId, String paymentIntentId, String subscriptionId) {
    }
}
