package com.caresupport.gateway.api;

import com.caresupport.gateway.delivery.Outbox;
import com.caresupport.gateway.messaging.validation.IdempotencyKey;
import com.caresupport.gateway.messaging.validation.ResourceId;
import com.caresupport.gateway.payments.PaymentAdministration;
import com.caresupport.gateway.payments.PaymentRequestList;
import com.caresupport.gateway.payments.PaymentRequestSpec;
import com.caresupport.gateway.payments.PaymentRequestView;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Payment requests: created through the send path (stored, opt-out checked, deduplicated, delivered by the
 * outbox when Linq is out of reach), then read and canceled here for reconciliation.
 */
@Path("/api/payment-requests")
@Tag(name = "Payments")
public class PaymentRequestResource {

    private final PaymentAdministration payments;
    private final Outbox outbox;

    PaymentRequestResource(PaymentAdministration payments, Outbox outbox) {
        this.payments = payments;
        this.outbox = outbox;
    }

    @POST
    @Operation(summary = "Create a payment request for a person (its checkout link is theirs to open)",
            description = "Body as Linq's: mode payment (amount in minor units, currency) or subscription (price_id), "
                    + "rail stripe or natural (from, payer_handle); plus chat_id, the chat the checkout link goes to, "
                    + "unless payer_handle names the payer. A recipient who opted out is refused (409). 201 when Linq "
                    + "took it: message_id is the payment request's id (GET /api/payment-requests/{id} for its "
                    + "checkout_url); 202 when Linq is unavailable and the gateway will create it later. Repeat with "
                    + "the same Idempotency-Key to retry safely.")
    public Response create(PaymentRequestSpec request,
            @HeaderParam("Idempotency-Key") @IdempotencyKey String idempotencyKey) {
        return SendResponse.of(outbox.acceptPaymentRequest(request, idempotencyKey));
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
