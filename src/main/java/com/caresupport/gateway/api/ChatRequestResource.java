package com.caresupport.gateway.api;

import com.caresupport.gateway.delivery.Outbox;
import com.caresupport.gateway.messaging.PollSpec;
import com.caresupport.gateway.messaging.validation.IdempotencyKey;
import com.caresupport.gateway.messaging.validation.ResourceId;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Polls and location requests: sends to a chat's members that are not plain messages. */
@Path("/api/chats")
@Tag(name = "Chats")
public class ChatRequestResource {

    private final Outbox outbox;

    ChatRequestResource(Outbox outbox) {
        this.outbox = outbox;
    }

    @POST
    @Path("/{chat_id}/polls")
    @Operation(summary = "Start a poll in a chat (iMessage only)",
            description = "201 when Linq took it (message_id is the poll's); 202 when Linq is unavailable and the "
                    + "gateway will deliver it later. Repeat with the same Idempotency-Key to retry safely.")
    public Response createPoll(@PathParam("chat_id") @ResourceId String chatId, PollSpec poll,
            @HeaderParam("Idempotency-Key") @IdempotencyKey String idempotencyKey) {
        return SendResponse.of(outbox.acceptPoll(chatId, poll, idempotencyKey));
    }

    @POST
    @Path("/{chat_id}/location/request")
    @Operation(summary = "Ask a chat's members to share their location",
            description = "Linq cannot deduplicate this: after a timeout the gateway does not repeat it, and the "
                    + "stored request (GET /api/messages/{local_id}) says failed with the reason.")
    public Response requestLocation(@PathParam("chat_id") @ResourceId String chatId,
            @HeaderParam("Idempotency-Key") @IdempotencyKey String idempotencyKey) {
        return SendResponse.of(outbox.acceptLocationRequest(chatId, idempotencyKey));
    }
}
