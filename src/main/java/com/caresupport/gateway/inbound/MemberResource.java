package com.caresupport.gateway.inbound;

import com.caresupport.gateway.messaging.validation.ResourceId;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The member directory: who is behind each phone number and chat, and whether they opted out. */
@Path("/api/members")
@Tag(name = "Members")
public class MemberResource {

    private final Members members;

    MemberResource(Members members) {
        this.members = members;
    }

    @GET
    @Operation(summary = "List members")
    public List<MemberView> list() {
        return members.list();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One member, with their chats and opt-out state")
    public MemberView get(@PathParam("id") @ResourceId String id) {
        return members.view(id).orElseThrow(() -> new NotFoundException("No member has id " + id));
    }

    @POST
    @Operation(summary = "Add a member")
    public Response create(Members.MemberInput input) {
        MemberView created = members.create(input);
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Change a member")
    public MemberView update(@PathParam("id") @ResourceId String id, Members.MemberInput input) {
        return members.update(id, input);
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Remove a member")
    public Response delete(@PathParam("id") @ResourceId String id) {
        members.delete(id);
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/chats")
    @Operation(summary = "Link a member to a chat by hand")
    public MemberView link(@PathParam("id") @ResourceId String id, ChatLink link) {
        return members.link(id, link == null ? null : link.chatId());
    }

    /** {@code {chat_id}}. */
    public record ChatLink(String chatId) {
    }
}
