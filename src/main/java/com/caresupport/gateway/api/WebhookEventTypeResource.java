package com.caresupport.gateway.api;

import com.caresupport.gateway.messaging.WebhookAdministration;
import com.caresupport.gateway.messaging.WebhookEventTypeList;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Linq's webhook event types ({@code GET /v3/webhook-events}). Not {@code /api/webhook-events}: that path
 * lists the events the gateway received.
 */
@Path("/api/webhook-event-types")
@Tag(name = "Webhook subscriptions")
public class WebhookEventTypeResource {

    private final WebhookAdministration webhooks;

    WebhookEventTypeResource(WebhookAdministration webhooks) {
        this.webhooks = webhooks;
    }

    @GET
    @Operation(summary = "Every event type a subscription may ask for")
    public WebhookEventTypeList list() {
        return webhooks.eventTypes();
    }
}
