package com.caresupport.gateway.payments;

import com.caresupport.gateway.linq.wire.PaymentRequest;
import java.util.Map;

/**
 * A payment request as Linq keeps it. {@code amount} is in minor units (cents); {@code status} requested,
 * succeeded, canceled or expired; {@code mode} payment or subscription; the {@code stripe_*} ids are join keys
 * into the partner's own Stripe account.
 */
public record PaymentRequestView(String paymentRequestId, String status, String mode, Long amount, String currency,
        String description, String checkoutUrl, String rail, String createdAt, String updatedAt, String expiresAt,
        String paidAt, String priceId, Long quantity, String interval, Long intervalCount, String trialEnd,
        Map<String, String> metadata, String stripeCustomerId, String stripePaymentIntentId,
        String stripeSubscriptionId, String naturalPaymentRequestId, String naturalTransactionId) {

    static PaymentRequestView from(PaymentRequest r) {
        PaymentRequest.Stripe stripe = r.stripe();
        PaymentRequest.Natural natural = r.natural();
        return new PaymentRequestView(r.id(), r.status(), r.mode(), r.amount(), r.currency(), r.description(),
                r.checkoutUrl(), r.rail(), r.createdAt(), r.updatedAt(), r.expiresAt(), r.paidAt(), r.priceId(),
                r.quantity(), r.interval(), r.intervalCount(), r.trialEnd(), r.metadata(),
                stripe == null ? null : stripe.customerId(), stripe == null ? null : stripe.paymentIntentId(),
                stripe == null ? null : stripe.subscriptionId(),
                natural == null ? null : natural.paymentRequestId(), natural == null ? null : natural.transactionId());
    }
}
