package com.caresupport.gateway.api;

import com.caresupport.gateway.delivery.DeliveryQueries;
import com.caresupport.gateway.delivery.OutboxEntry;
import com.caresupport.gateway.delivery.StoredMessageView;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What is waiting for Linq, and why. */
@Path("/api/outbox")
@Tag(name = "Outbox")
public class OutboxResource {

    private final DeliveryQueries queries;

    OutboxResource(DeliveryQueries queries) {
        this.queries = queries;
    }

    @GET
    @Operation(summary = "List queued messages (or ?state=failed / done) with attempts and last error")
    public OutboxList list(@QueryParam("state") @DefaultValue("pending") String state,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit) {
        OutboxEntry.State wanted;
        try {
            wanted = OutboxEntry.State.valueOf(state.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new jakarta.ws.rs.BadRequestException("state must be pending, done or failed");
        }
        List<StoredMessageView> entries = queries.outbox(wanted, limit);
        return new OutboxList(entries.size(), entries);
    }

    /** The entries, with how many were listed. */
    public record OutboxList(int count, List<StoredMessageView> messages) {
    }
}
