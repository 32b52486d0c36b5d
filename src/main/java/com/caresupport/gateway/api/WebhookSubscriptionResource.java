package com.caresupport.gateway.api;

import com.caresupport.gateway.messaging.ActionResult;
import com.caresupport.gateway.messaging.MessagingService;
import com.caresupport.gateway.messaging.SubscriptionChange;
import com.caresupport.gateway.messaging.SubscriptionCreated;
import com.caresupport.gateway.messaging.SubscriptionList;
import com.caresupport.gateway.messaging.SubscriptionSpec;
import com.caresupport.gateway.messaging.SubscriptionView;
import com.caresupport.gateway.messaging.WebhookAdministration;
import com.caresupport.gateway.messaging.validation.ResourceId;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Linq webhook subscriptions; the gateway keeps the secrets of those it creates to verify their deliveries. */
@Path("/api/webhook-subscriptions")
@Tag(name = "Webhook subscriptions")
public class WebhookSubscriptionResource {

    private final MessagingService messaging;
    private final WebhookAdministration webhooks;

    WebhookSubscriptionResource(MessagingService messaging, WebhookAdministration webhooks) {
        this.messaging = messaging;
        this.webhooks = webhooks;
    }

    @GET
    @Operation(summary = "List subscriptions, active and inactive")
    public SubscriptionList list() {
        return messaging.listWebhookSubscriptions();
    }

    @POST
    @Operation(summary = "Subscribe a URL to events; the signing secret is shown only in this answer")
    public Response create(SubscriptionSpec spec) {
        SubscriptionCreated created = messaging.createWebhookSubscription(spec);
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @DELETE
    @Path("/{subscription_id}")
    @Operation(summary = "Delete a subscription")
    public ActionResult delete(@PathParam("subscription_id") @ResourceId String subscriptionId) {
        return messaging.deleteWebhookSubscription(subscriptionId);
    }

    @GET
    @Path("/{subscription_id}")
    @Operation(summary = "Get one subscription (never its signing secret)")
    public SubscriptionView get(@PathParam("subscription_id") @ResourceId String subscriptionId) {
        return webhooks.get(subscriptionId);
    }

    @PUT
    @Path("/{subscription_id}")
    @Operation(summary = "Change a subscription's target, events, line filter or active flag",
            description = "409 when the new target is the gateway's own receiver but the gateway did not create the"
                    + " subscription (its secret is known elsewhere, so its deliveries are never trusted)")
    public SubscriptionView update(@PathParam("subscription_id") @ResourceId String subscriptionId,
            SubscriptionChange change) {
        return webhooks.update(subscriptionId, change);
    }
}
