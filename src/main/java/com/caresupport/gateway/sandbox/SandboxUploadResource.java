package com.caresupport.gateway.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

/**
 * Step 2 of a pre-upload: the presigned PUT of the raw bytes, which Linq's storage accepts only when they are
 * exactly as long as announced. Carries no Linq token, like the real upload URL.
 */
@Path("/sandbox/uploads/{attachmentId}")
public class SandboxUploadResource {

    private final SandboxConfig config;
    private final SandboxState state;

    SandboxUploadResource(SandboxConfig config, SandboxState state) {
        this.config = config;
        this.state = state;
    }

    @PUT
    public Response upload(@PathParam("attachmentId") String id, byte[] body) {
        ObjectNode attachment = state.attachments.get(id);
        if (!config.enabled() || attachment == null) {
            throw new NotFoundException();
        }
        long length = body == null ? 0 : body.length;
        if (length != attachment.path("size_bytes").asLong()) {
            return Response.status(400).entity("The body must be exactly " + attachment.path("size_bytes").asLong()
                    + " bytes long; it was " + length).build();
        }
        attachment.put("status", "complete");
        return Response.ok().build();
    }
}
