package com.caresupport.gateway.api;

import com.caresupport.gateway.messaging.ActionResult;
import com.caresupport.gateway.messaging.BlockSpec;
import com.caresupport.gateway.messaging.BlockedHandleList;
import com.caresupport.gateway.messaging.BlockedHandlesService;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Linq's blocklist: handles the account exchanges no messages with (distinct from STOP opt-outs). */
@Path("/api/blocked-handles")
@Tag(name = "Account")
public class BlockedHandleResource {

    private final BlockedHandlesService blocked;

    BlockedHandleResource(BlockedHandlesService blocked) {
        this.blocked = blocked;
    }

    @GET
    @Operation(summary = "List blocked handles")
    public BlockedHandleList list() {
        return blocked.list();
    }

    @POST
    @Operation(summary = "Block a handle: Linq refuses messages to and from it")
    public Response block(BlockSpec spec) {
        return Response.status(Response.Status.CREATED).entity(blocked.block(spec)).build();
    }

    @DELETE
    @Path("/{handle}")
    @Operation(summary = "Unblock a handle (URL-encode the +)")
    public ActionResult unblock(@PathParam("handle") String handle) {
        return blocked.unblock(handle);
    }
}
