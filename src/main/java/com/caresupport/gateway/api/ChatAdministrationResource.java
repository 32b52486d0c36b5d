package com.caresupport.gateway.api;

import com.caresupport.gateway.messaging.ActionResult;
import com.caresupport.gateway.messaging.BackgroundSpec;
import com.caresupport.gateway.messaging.ChatAdministration;
import com.caresupport.gateway.messaging.ChatLocations;
import com.caresupport.gateway.messaging.ChatUpdateSpec;
import com.caresupport.gateway.messaging.ChatUpdated;
import com.caresupport.gateway.messaging.validation.ResourceId;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A chat's settings: group name and icon, background, leaving, shared locations. */
@Path("/api/chats")
@Tag(name = "Chats")
public class ChatAdministrationResource {

    private final ChatAdministration chats;

    ChatAdministrationResource(ChatAdministration chats) {
        this.chats = chats;
    }

    @PUT
    @Path("/{chat_id}")
    @Operation(summary = "Rename a group chat and/or set its icon",
            description = "Group chats only; members see the change as Linq announces it (chat.group_name_updated)")
    public ChatUpdated update(@PathParam("chat_id") @ResourceId String chatId, ChatUpdateSpec spec) {
        return chats.update(chatId, spec);
    }

    @POST
    @Path("/{chat_id}/leave")
    @Operation(summary = "Make the line leave a group chat (groups of at least 4 participants)")
    public ActionResult leave(@PathParam("chat_id") @ResourceId String chatId) {
        return chats.leave(chatId);
    }

    @GET
    @Path("/{chat_id}/location")
    @Operation(summary = "Where the chat's members share their location, if they do")
    public ChatLocations location(@PathParam("chat_id") @ResourceId String chatId) {
        return chats.location(chatId);
    }

    @POST
    @Path("/{chat_id}/background")
    @Operation(summary = "Set the chat's background (color, dynamic or photo)")
    public ActionResult setBackground(@PathParam("chat_id") @ResourceId String chatId, BackgroundSpec spec) {
        return chats.setBackground(chatId, spec);
    }

    @DELETE
    @Path("/{chat_id}/background")
    @Operation(summary = "Remove the chat's background")
    public ActionResult removeBackground(@PathParam("chat_id") @ResourceId String chatId) {
        return chats.removeBackground(chatId);
    }
}
