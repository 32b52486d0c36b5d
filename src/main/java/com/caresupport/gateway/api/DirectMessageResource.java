package com.caresupport.gateway.api;

import com.caresupport.gateway.delivery.Outbox;
import com.caresupport.gateway.messaging.DirectMessage;
import com.caresupport.gateway.messaging.validation.IdempotencyKey;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Sends to people by handle, without knowing their chat. */
@Path("/api/messages")
@Tag(name = "Messages")
public class DirectMessageResource {

    private final Outbox outbox;

    DirectMessageResource(Outbox outbox) {
        this.outbox = outbox;
    }

    @POST
    @Operation(summary = "Send to recipients by handle; Linq reuses their chat or opens one on the best line",
            description = "201 when Linq took it; 202 when Linq is unavailable and the gateway will deliver it later. "
                    + "Refused (403) when a recipient opted out. Repeat with the same Idempotency-Key to retry safely.")
    public Response send(DirectMessage message, @HeaderParam("Idempotency-Key") @IdempotencyKey String idempotencyKey) {
        return SendResponse.of(outbox.acceptDirect(message, idempotencyKey));
    }
}
