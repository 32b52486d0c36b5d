package com.caresupport.gateway.api;

import com.caresupport.gateway.messaging.validation.ResourceId;
import com.caresupport.gateway.payments.PaymentAdministration;
import com.caresupport.gateway.payments.PaymentRequestList;
import com.caresupport.gateway.payments.PaymentRequestView;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Payment requests for reconciliation and cancellation. Creating one (and sending its checkout link) reaches a
 * person, so it goes through the send path, not through this resource.
 */
@Path("/api/payment-requests")
@Tag(name = "Payments")
public class PaymentRequestResource {

    private final PaymentAdministration payments;

    PaymentRequestResource(PaymentAdministration payments) {
        this.payments = payments;
    }

    @GET
    @Operation(summary = "List payment requests, newest first",
            description = "limit 1-100 (default 20), offset >= 0; status requested, authorized, succeeded, canceled, "
                    + "expired or declined")
    public PaymentRequestList list(@QueryParam("limit") Integer limit, @QueryParam("offset") Integer offset,
            @QueryParam("status") String status) {
        return payments.listPaymentRequests(limit, offset, status);
    }

    @GET
    @Path("/{payment_request_id}")
    @Operation(summary = "Get a payment request's status and details")
    public PaymentRequestView get(@PathParam("payment_request_id") @ResourceId String paymentRequestId) {
        return payments.getPaymentRequest(paymentRequestId);
    }

    @POST
    @Path("/{payment_request_id}/cancel")
    @Operation(summary = "Cancel an unpaid payment request",
            description = "409 from Linq when it is already paid, canceled or expired")
    public PaymentRequestView cancel(@PathParam("payment_request_id") @ResourceId String paymentRequestId) {
        return payments.cancelPaymentRequest(paymentRequestId);
    }
}
