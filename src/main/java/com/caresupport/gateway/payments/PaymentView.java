package com.caresupport.gateway.payments;

import com.caresupport.gateway.linq.wire.Payment;

/**
 * An agent payment: {@code status} needs_connection, connecting, awaiting_user_action, ready, authorized,
 * succeeded, declined, canceled or expired; {@code approval_url} or {@code attach_url} when the customer must act.
 */
public record PaymentView(boolean success, String paymentId, String handle, String status, Long amountCents,
        String currency, String description, String approvalUrl, String attachUrl) {

    static PaymentView from(Payment p) {
        return new PaymentView(true, p.id(), p.handle(), p.status(), p.amountCents(), p.currency(), p.description(),
                p.approvalUrl(), p.attachUrl());
    }
}
