package com.caresupport.gateway.api;

import com.caresupport.gateway.delivery.Outbox;
import com.caresupport.gateway.messaging.ActionResult;
import com.caresupport.gateway.messaging.ChatList;
import com.caresupport.gateway.messaging.ChatView;
import com.caresupport.gateway.messaging.MessageList;
import com.caresupport.gateway.messaging.MessagingService;
import com.caresupport.gateway.messaging.NewChat;
import com.caresupport.gateway.messaging.NewMessage;
import com.caresupport.gateway.messaging.VoiceMemoSent;
import com.caresupport.gateway.messaging.VoiceMemoSpec;
import com.caresupport.gateway.messaging.validation.IdempotencyKey;
import com.caresupport.gateway.messaging.validation.ResourceId;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Chats and what happens in them: messages, typing, read receipts, voice memos, participants. */
@Path("/api/chats")
@Tag(name = "Chats")
public class ChatResource {

    private final MessagingService messaging;
    private final Outbox outbox;

    ChatResource(MessagingService messaging, Outbox outbox) {
        this.messaging = messaging;
        this.outbox = outbox;
    }

    @POST
    @Operation(summary = "Create a chat and send its first message",
            description = "201 when Linq took it; 202 when Linq is unavailable and the gateway will deliver it later")
    public Response create(NewChat chat, @HeaderParam("Idempotency-Key") @IdempotencyKey String idempotencyKey) {
        return SendResponse.of(outbox.acceptChat(chat, idempotencyKey));
    }

    @GET
    @Operation(summary = "List chats, newest activity first")
    public ChatList list(@QueryParam("from_phone") String fromPhone, @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor) {
        return messaging.listChats(fromPhone, limit, cursor);
    }

    @GET
    @Path("/{chat_id}")
    @Operation(summary = "Get one chat")
    public ChatView get(@PathParam("chat_id") @ResourceId String chatId) {
        return messaging.getChat(chatId);
    }

    @POST
    @Path("/{chat_id}/messages")
    @Operation(summary = "Send a message to a chat; repeat with the same Idempotency-Key to retry safely",
            description = "201 when Linq took it; 202 when Linq is unavailable and the gateway will deliver it later")
    public Response send(@PathParam("chat_id") @ResourceId String chatId, NewMessage message,
            @HeaderParam("Idempotency-Key") @IdempotencyKey String idempotencyKey) {
        return SendResponse.of(outbox.acceptMessage(chatId, message, idempotencyKey));
    }

    @GET
    @Path("/{chat_id}/messages")
    @Operation(summary = "List a chat's messages, newest first")
    public MessageList messages(@PathParam("chat_id") @ResourceId String chatId, @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor) {
        return messaging.getMessages(chatId, limit, cursor);
    }

    @POST
    @Path("/{chat_id}/typing")
    @Operation(summary = "Show the typing indicator (1:1 chats; best effort)")
    public ActionResult startTyping(@PathParam("chat_id") @ResourceId String chatId) {
        return messaging.startTyping(chatId);
    }

    @DELETE
    @Path("/{chat_id}/typing")
    @Operation(summary = "Hide the typing indicator")
    public ActionResult stopTyping(@PathParam("chat_id") @ResourceId String chatId) {
        return messaging.stopTyping(chatId);
    }

    @POST
    @Path("/{chat_id}/read")
    @Operation(summary = "Mark every message in the chat read")
    public ActionResult read(@PathParam("chat_id") @ResourceId String chatId) {
        return messaging.markAsRead(chatId);
    }

    @POST
    @Path("/{chat_id}/voice-memo")
    @Operation(summary = "Send a voice memo bubble")
    public VoiceMemoSent voiceMemo(@PathParam("chat_id") @ResourceId String chatId, VoiceMemoSpec memo) {
        return messaging.sendVoiceMemo(chatId, memo);
    }

    @POST
    @Path("/{chat_id}/contact-card")
    @Operation(summary = "Share the line's contact card")
    public ActionResult contactCard(@PathParam("chat_id") @ResourceId String chatId) {
        return messaging.shareContactCard(chatId);
    }

    @POST
    @Path("/{chat_id}/participants")
    @Operation(summary = "Add a participant to a group chat")
    public ActionResult addParticipant(@PathParam("chat_id") @ResourceId String chatId, HandleBody body) {
        return messaging.addParticipant(chatId, body == null ? null : body.handle());
    }

    @DELETE
    @Path("/{chat_id}/participants/{handle}")
    @Operation(summary = "Remove a participant from a group chat")
    public ActionResult removeParticipant(@PathParam("chat_id") @ResourceId String chatId, @PathParam("handle") String handle) {
        return messaging.removeParticipant(chatId, handle);
    }

    /** {@code {handle}}: an E.164 number or an email address. */
    public record HandleBody(String handle) {
    }
}
