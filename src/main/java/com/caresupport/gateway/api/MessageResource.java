package com.caresupport.gateway.api;

import com.caresupport.gateway.delivery.DeliveryQueries;
import com.caresupport.gateway.delivery.StoredMessageView;
import com.caresupport.gateway.messaging.ActionResult;
import com.caresupport.gateway.messaging.MessageView;
import com.caresupport.gateway.messaging.MessagingService;
import com.caresupport.gateway.messaging.ReactionSpec;
import com.caresupport.gateway.messaging.validation.ResourceId;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Single messages: read, edit, delete, and react to them. */
@Path("/api/messages/{message_id}")
@Tag(name = "Messages")
public class MessageResource {

    private final MessagingService messaging;
    private final DeliveryQueries stored;

    MessageResource(MessagingService messaging, DeliveryQueries stored) {
        this.messaging = messaging;
        this.stored = stored;
    }

    @GET
    @Operation(summary = "Get one message",
            description = "Messages the gateway accepted (by its id or Linq's) come from its store, with their status"
                    + " history, also while queued or after failing; any other message is read from Linq.")
    public Object get(@PathParam("message_id") @ResourceId String messageId) {
        Optional<StoredMessageView> local = stored.message(messageId);
        return local.isPresent() ? local.get() : messaging.getMessage(messageId);
    }

    @PATCH
    @Operation(summary = "Edit a text part (at most 5 edits, within 15 minutes of sending)")
    public MessageView edit(@PathParam("message_id") @ResourceId String messageId, EditBody body) {
        return messaging.editMessage(messageId, body == null ? null : body.text(), body == null ? null : body.partIndex());
    }

    @DELETE
    @Operation(summary = "Delete Linq's stored copy (recipients keep the message)")
    public ActionResult delete(@PathParam("message_id") @ResourceId String messageId) {
        return messaging.deleteMessage(messageId);
    }

    @POST
    @Path("/reactions")
    @Operation(summary = "Add a tapback")
    public ActionResult react(@PathParam("message_id") @ResourceId String messageId, ReactionSpec reaction) {
        return messaging.addReaction(messageId, reaction);
    }

    @DELETE
    @Path("/reactions/{reaction_type}")
    @Operation(summary = "Remove a tapback (give custom_emoji and part_index as when it was added)")
    public ActionResult unreact(@PathParam("message_id") @ResourceId String messageId,
            @PathParam("reaction_type") String reactionType, @QueryParam("custom_emoji") String customEmoji,
            @QueryParam("part_index") Integer partIndex) {
        return messaging.removeReaction(messageId, new ReactionSpec(reactionType, customEmoji, partIndex));
    }

    /** {@code {text, part_index?}}: the new text of a text part. */
    public record EditBody(String text, Integer partIndex) {
    }
}
