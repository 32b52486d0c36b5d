package com.caresupport.gateway.api;

import com.caresupport.gateway.delivery.Outbox;
import com.caresupport.gateway.messaging.AppCardSpec;
import com.caresupport.gateway.messaging.PollOptionsSpec;
import com.caresupport.gateway.messaging.PollVoteSpec;
import com.caresupport.gateway.messaging.validation.IdempotencyKey;
import com.caresupport.gateway.messaging.validation.ResourceId;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Sends aimed at a message already in a chat: a poll's new options and votes, an app card's new version.
 * Linq cannot deduplicate any of them, so the gateway repeats one only when Linq provably did not act.
 */
@Path("/api/messages/{message_id}")
@Tag(name = "Messages")
public class MessageFollowUpResource {

    private static final String OUTCOME = "201 when Linq took it; 202 when Linq is unavailable and the gateway will "
            + "deliver it later; a failure after which Linq may have acted is recorded as failed, never repeated.";

    private final Outbox outbox;

    MessageFollowUpResource(Outbox outbox) {
        this.outbox = outbox;
    }

    @POST
    @Path("/poll/options")
    @Operation(summary = "Add options to a poll (message_id is the poll's Linq message id)", description = OUTCOME)
    public Response addPollOptions(@PathParam("message_id") @ResourceId String messageId, PollOptionsSpec options,
            @HeaderParam("Idempotency-Key") @IdempotencyKey String idempotencyKey) {
        return SendResponse.of(outbox.acceptPollOptions(messageId, options, idempotencyKey));
    }

    @POST
    @Path("/poll/votes")
    @Operation(summary = "Vote for a poll option, or take the vote back (operation add or remove)",
            description = OUTCOME)
    public Response vote(@PathParam("message_id") @ResourceId String messageId, PollVoteSpec vote,
            @HeaderParam("Idempotency-Key") @IdempotencyKey String idempotencyKey) {
        return SendResponse.of(outbox.acceptVote(messageId, vote, idempotencyKey));
    }

    @POST
    @Path("/update")
    @Operation(summary = "Replace an app card's layout and link (the card must be yours and delivered)",
            description = OUTCOME)
    public Response updateAppCard(@PathParam("message_id") @ResourceId String messageId, AppCardSpec card,
            @HeaderParam("Idempotency-Key") @IdempotencyKey String idempotencyKey) {
        return SendResponse.of(outbox.acceptAppCardUpdate(messageId, card, idempotencyKey));
    }
}
