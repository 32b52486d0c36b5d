package com.caresupport.gateway.api;

import com.caresupport.gateway.delivery.Outbox;
import com.caresupport.gateway.messaging.validation.IdempotencyKey;
import com.caresupport.gateway.messaging.validation.ResourceId;
import com.caresupport.gateway.payments.CardHandoff;
import com.caresupport.gateway.payments.CustomerHandle;
import com.caresupport.gateway.payments.HandleConnection;
import com.caresupport.gateway.payments.PaymentAdministration;
import com.caresupport.gateway.payments.PaymentSpec;
import com.caresupport.gateway.payments.PaymentView;
import com.caresupport.gateway.payments.ProviderConnectSpec;
import com.caresupport.gateway.payments.ProviderName;
import com.caresupport.gateway.payments.ProviderView;
import com.caresupport.gateway.payments.VerifySpec;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Agent payments, administered: the organization's payment providers, customer connections, and payments
 * (read, cancel, card handoff). A payment is created through the send path (stored, opt-out checked,
 * deduplicated, delivered by the outbox when Linq is out of reach), since Linq may text the customer.
 */
@Path("/api/payments")
@Tag(name = "Payments")
public class PaymentResource {

    private final PaymentAdministration payments;
    private final Outbox outbox;

    PaymentResource(PaymentAdministration payments, Outbox outbox) {
        this.payments = payments;
        this.outbox = outbox;
    }

    @POST
    @Operation(summary = "Create (or advance) an agent payment for a connected customer",
            description = "Body {\"amount_cents\":1299,\"currency\":\"usd\",\"handle\":\"+1555…\"} and optionally "
                    + "description, merchant {name, url}, metadata. A customer who opted out is refused (409). 201 when "
                    + "Linq took it: message_id is the payment's id once a card is minted (GET /api/payments/{id} for its "
                    + "status); 202 when Linq is unavailable and the gateway will create it later. Repeat with the same "
                    + "Idempotency-Key to retry safely; a new key advances the customer's pay flow again.")
    public Response create(PaymentSpec payment, @HeaderParam("Idempotency-Key") @IdempotencyKey String idempotencyKey) {
        return SendResponse.of(outbox.acceptPayment(payment, idempotencyKey));
    }

    @GET
    @Path("/providers/{provider}")
    @Operation(summary = "The organization's onboarding status with a payment provider (onboarding, ready, disabled)")
    public ProviderView provider(@PathParam("provider") @ProviderName String provider) {
        return payments.getProvider(provider);
    }

    @POST
    @Path("/providers/{provider}/connect")
    @Operation(summary = "Start connecting the organization to a payment provider",
            description = "Body {\"return_url\":\"https://…\"}; answers the hosted_url where an admin authorizes it")
    public ProviderView connectProvider(@PathParam("provider") @ProviderName String provider, ProviderConnectSpec spec) {
        return payments.connectProvider(provider, spec);
    }

    @POST
    @Path("/handles/{handle}/connect")
    @Operation(summary = "Start connecting a customer (E.164 or email) for agent payments",
            description = "Linq texts the customer a one-time code, so a handle that replied STOP is refused with 409 "
                    + "recipient-opted-out. Keep the connect_id of the answer: verify needs it and Linq keeps no copy.")
    public HandleConnection connectHandle(@PathParam("handle") @CustomerHandle String handle) {
        return payments.connectHandle(handle);
    }

    @GET
    @Path("/handles/{handle}/connection")
    @Operation(summary = "A customer's connection status (not_connected, pending, connected, revoked)")
    public HandleConnection connection(@PathParam("handle") @CustomerHandle String handle) {
        return payments.getConnection(handle);
    }

    @DELETE
    @Path("/handles/{handle}/connection")
    @Operation(summary = "Revoke this organization's grant for a customer (their wallet is untouched)")
    public HandleConnection revoke(@PathParam("handle") @CustomerHandle String handle) {
        return payments.revokeConnection(handle);
    }

    @POST
    @Path("/handles/{handle}/verify")
    @Operation(summary = "Complete a customer's connection with the code they received",
            description = "Body {\"code\":\"123456\",\"connect_id\":\"conn_…\"}; codes are single-use and short-lived")
    public HandleConnection verify(@PathParam("handle") @CustomerHandle String handle, VerifySpec spec) {
        return payments.verifyHandle(handle, spec);
    }

    @GET
    @Path("/{payment_id}")
    @Operation(summary = "Get an agent payment")
    public PaymentView get(@PathParam("payment_id") @ResourceId String paymentId) {
        return payments.getPayment(paymentId);
    }

    @POST
    @Path("/{payment_id}/cancel")
    @Operation(summary = "Close the payment's virtual card and cancel the payment")
    public PaymentView cancel(@PathParam("payment_id") @ResourceId String paymentId) {
        return payments.cancelPayment(paymentId);
    }

    @GET
    @Path("/{payment_id}/credentials")
    @Operation(summary = "SECRET: a ready payment's card handoff, with a short-lived bearer user_token",
            description = "WARNING: the answer carries a credential. Use user_token at once to fetch the card from "
                    + "fetch_url at the provider (the card number never passes through Linq or the gateway); never "
                    + "store or log it, nor the card. Answered with Cache-Control: no-store; the gateway keeps no copy.")
    public Response credentials(@PathParam("payment_id") @ResourceId String paymentId) {
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        noStore.setNoCache(true);
        return Response.ok(payments.cardHandoff(paymentId)).cacheControl(noStore).header("Pragma", "no-cache").build();
    }
}
