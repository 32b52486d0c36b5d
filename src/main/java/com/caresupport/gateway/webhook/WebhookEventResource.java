package com.caresupport.gateway.webhook;

import com.caresupport.gateway.messaging.validation.ResourceId;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What Linq told the gateway, and whether the gateway managed to act on it. */
@Path("/api/webhook-events")
@Tag(name = "Webhook events")
public class WebhookEventResource {

    /**
     * One stored delivery; {@code payload} only on the single-event view, and only until retention purged it
     * ({@code payloadPurgedAt}).
     */
    public record EventView(String id, String webhookId, String eventId, String eventType, String webhookVersion,
            Instant receivedAt, String state, int attempts, String lastError, Instant processedAt, String payload,
            Instant payloadPurgedAt) {

        static EventView of(WebhookEvent e, boolean withPayload) {
            return new EventView(e.id, e.webhookId, e.eventId, e.eventType, e.webhookVersion, e.receivedAt,
                    e.state.name().toLowerCase(Locale.ROOT), e.attempts, e.lastError, e.processedAt,
                    withPayload ? e.payload : null, e.payloadPurgedAt);
        }
    }

    /** Recent events, newest first. */
    public record EventList(int count, List<EventView> events) {
    }

    @GET
    @Transactional
    @Operation(summary = "List recent webhook events with their processing state (?state=, ?type=)")
    public EventList list(@QueryParam("limit") @DefaultValue("50") int limit, @QueryParam("state") String state,
            @QueryParam("type") String type) {
        StringBuilder query = new StringBuilder("1 = 1");
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        if (state != null) {
            query.append(" and state = :state");
            try {
                params.put("state", WebhookEvent.State.valueOf(state.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new jakarta.ws.rs.BadRequestException("state must be received, processed or failed");
            }
        }
        if (type != null) {
            query.append(" and eventType = :type");
            params.put("type", type);
        }
        // With a state, ordered by it as well (it is fixed): H2 then walks the (state, received_at) index newest
        // first and stops at the limit, where it read and sorted every event in that state.
        String order = state != null ? " order by state desc, receivedAt desc" : " order by receivedAt desc";
        List<EventView> events = WebhookEvent.<WebhookEvent>find(query + order, params)
                .page(0, Math.max(1, Math.min(limit, 500))).list().stream().map(e -> EventView.of(e, false)).toList();
        return new EventList(events.size(), events);
    }

    @GET
    @Path("/{id}")
    @Transactional
    @Operation(summary = "One webhook event, with its payload as received")
    public EventView get(@PathParam("id") @ResourceId String id) {
        WebhookEvent event = WebhookEvent.findById(id);
        if (event == null) {
            throw new NotFoundException("No webhook event " + id);
        }
        return EventView.of(event, true);
    }
}
