package com.caresupport.gateway.payments;

import com.caresupport.gateway.linq.LinqClient;
import com.caresupport.gateway.linq.wire.Payment;
import com.caresupport.gateway.linq.wire.PaymentCreate;
import com.caresupport.gateway.linq.wire.PaymentRequest;
import com.caresupport.gateway.linq.wire.PaymentRequestCreate;
import com.caresupport.gateway.messaging.MessageSent;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Linq's calls that create payment requests and payments, and nothing more: only the send path
 * ({@code delivery.Outbox}) calls them, after storing the request and checking against opt-outs whom it
 * reaches. Both carry the send's idempotency key, which Linq deduplicates, so the outbox may repeat them.
 * The stored "message" id is Linq's payment request or payment id: read its details (the checkout link, the
 * payment's status) with {@code GET /api/payment-requests/{id}} or {@code GET /api/payments/{id}}.
 */
@ApplicationScoped
public class PaymentSends {

    /** Linq answers synchronously: when it returns, the request exists. */
    private static final String DONE = "sent";

    private final LinqClient linq;

    PaymentSends(LinqClient linq) {
        this.linq = linq;
    }

    /**
     * Recorded in the chat only when it was addressed to the chat: the payer named by handle is not thereby a
     * member of the chat, which the send path would otherwise record.
     */
    public MessageSent createPaymentRequest(PaymentRequestSpec spec, String chatId, String idempotencyKey) {
        PaymentRequest created = linq.createPaymentRequest(idempotencyKey, new PaymentRequestCreate(spec.amount(),
                spec.currency(), spec.customerId(), spec.description(), spec.from(), spec.payerHandle(), spec.priceId(),
                spec.quantity(), spec.trialEnd(), spec.trialPeriodDays(), spec.metadata(), spec.mode(), spec.rail()));
        return new MessageSent(true, spec.payerHandle() == null ? chatId : null, created.id(), null, DONE);
    }

    /** A payment gets its id once a card is minted; until then (needs_connection…) none is recorded. */
    public MessageSent createPayment(PaymentSpec spec, String idempotencyKey) {
        PaymentSpec.Merchant m = spec.merchant();
        Payment payment = linq.createPayment(idempotencyKey, new PaymentCreate(spec.amountCents(), spec.currency(),
                spec.handle(), spec.description(), m == null ? null : new PaymentCreate.Merchant(m.name(), m.url()),
                spec.metadata()));
        return new MessageSent(true, null, payment.id(), null, DONE);
    }
}
