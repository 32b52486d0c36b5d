package com.caresupport.gateway.payments;

import com.caresupport.gateway.linq.LinqClient;
import com.caresupport.gateway.linq.wire.HandleVerifyRequest;
import com.caresupport.gateway.linq.wire.PaymentCredentials;
import com.caresupport.gateway.linq.wire.PaymentProvider;
import com.caresupport.gateway.linq.wire.PaymentRequestPage;
import com.caresupport.gateway.linq.wire.ProviderConnectRequest;
import com.caresupport.gateway.linq.wire.ProviderConnectSession;
import com.caresupport.gateway.messaging.RecipientGuard;
import com.caresupport.gateway.messaging.validation.ResourceId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;

/**
 * Reading and administering payments: payment requests (read, cancel), the organization's payment providers,
 * customer connections for agent payments, and agent payments (read, cancel, card handoff). Creating a payment
 * request or a payment reaches a person and belongs to the send path, not here. Parameter names are the API's
 * field names, so that a violation names the field the caller wrote.
 */
@ApplicationScoped
public class PaymentAdministration {

    static final String REQUEST_STATUS = "^(requested|authorized|succeeded|canceled|expired|declined)$";

    private final LinqClient linq;
    private final RecipientGuard guard;

    PaymentAdministration(LinqClient linq, RecipientGuard guard) {
        this.linq = linq;
        this.guard = guard;
    }

    public PaymentRequestView getPaymentRequest(@NotBlank @ResourceId String paymentRequestId) {
        return PaymentRequestView.from(linq.getPaymentRequest(paymentRequestId));
    }

    public PaymentRequestList listPaymentRequests(@Min(1) @Max(100) Integer limit, @Min(0) Integer offset,
            @Pattern(regexp = REQUEST_STATUS, message = "must be one of requested, authorized, succeeded, canceled, expired, declined")
            String status) {
        PaymentRequestPage page = linq.listPaymentRequests(limit, offset, status);
        List<PaymentRequestView> requests = page.data() == null ? List.of()
                : page.data().stream().map(PaymentRequestView::from).toList();
        return new PaymentRequestList(true, requests, Boolean.TRUE.equals(page.hasMore()));
    }

    /** Only an unpaid request can be canceled; Linq answers 409 for a paid, canceled or expired one. */
    public PaymentRequestView cancelPaymentRequest(@NotBlank @ResourceId String paymentRequestId) {
        return PaymentRequestView.from(linq.cancelPaymentRequest(paymentRequestId));
    }

    public ProviderView getProvider(@NotBlank @ProviderName String provider) {
        PaymentProvider p = linq.getPaymentProvider(provider);
        return new ProviderView(true, p.provider() != null ? p.provider() : provider, p.status(), null, null);
    }

    public ProviderView connectProvider(@NotBlank @ProviderName String provider,
            @NotNull @Valid ProviderConnectSpec spec) {
        ProviderConnectSession session = linq.connectPaymentProvider(provider,
                new ProviderConnectRequest(spec.returnUrl()));
        return new ProviderView(true, provider, session.status(), session.hostedUrl(), session.sessionId());
    }

    /**
     * Linq sends the customer a one-time code over the messaging channel, so this reaches a person: a handle
     * that replied STOP is refused (409) before Linq is called.
     */
    public HandleConnection connectHandle(@NotBlank @CustomerHandle String handle) {
        guard.checkHandles(List.of(handle));
        return HandleConnection.from(handle, linq.connectPaymentHandle(handle));
    }

    public HandleConnection getConnection(@NotBlank @CustomerHandle String handle) {
        return HandleConnection.from(handle, linq.getPaymentHandleConnection(handle));
    }

    /** Removes only this partner's grant; the customer's wallet at the provider is untouched. */
    public HandleConnection revokeConnection(@NotBlank @CustomerHandle String handle) {
        return HandleConnection.from(handle, linq.revokePaymentHandleConnection(handle));
    }

    public HandleConnection verifyHandle(@NotBlank @CustomerHandle String handle, @NotNull @Valid VerifySpec spec) {
        return HandleConnection.from(handle,
                linq.verifyPaymentHandle(handle, new HandleVerifyRequest(spec.code(), spec.connectId())));
    }

    public PaymentView getPayment(@NotBlank @ResourceId String paymentId) {
        return PaymentView.from(linq.getPayment(paymentId));
    }

    /** Closes the virtual card; Linq answers 409 for a payment already settled, declined, canceled or expired. */
    public PaymentView cancelPayment(@NotBlank @ResourceId String paymentId) {
        return PaymentView.from(linq.cancelPayment(paymentId));
    }

    /** The card handoff, token included: for the caller to use at once, never to store or log. */
    public CardHandoff cardHandoff(@NotBlank @ResourceId String paymentId) {
        PaymentCredentials credentials = linq.getPaymentCredentials(paymentId);
        PaymentCredentials.Handoff h = credentials.handoff();
        if (h == null) {
            return new CardHandoff(true, paymentId, null, null, null, null);
        }
        return new CardHandoff(true, paymentId, h.provider(), h.cardRef(), h.fetchUrl(), h.userToken());
    }
}
