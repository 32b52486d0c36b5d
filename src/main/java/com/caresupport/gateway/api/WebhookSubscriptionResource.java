package com.caresupport.gateway.api;

import com.caresupport.gateway.messaging.ActionResult;
import com.caresupport.gateway.messaging.MessagingService;
import com.caresupport.gateway.messaging.SubscriptionCreated;
import com.caresupport.gateway.messaging.SubscriptionList;
import com.caresupport.gateway.messaging.SubscriptionSpec;
import com.caresupport.gateway.messaging.validation.ResourceId;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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

    WebhookSubscriptionResource(MessagingService messaging) {
        this.messaging = messaging;
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
}
