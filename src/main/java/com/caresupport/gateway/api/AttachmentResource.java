package com.caresupport.gateway.api;

import com.caresupport.gateway.messaging.ActionResult;
import com.caresupport.gateway.messaging.AttachmentView;
import com.caresupport.gateway.messaging.Attachments;
import com.caresupport.gateway.messaging.validation.ResourceId;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One uploaded file: its metadata and upload status, and its deletion. */
@Path("/api/attachments/{attachment_id}")
@Tag(name = "Account")
public class AttachmentResource {

    private final Attachments attachments;

    AttachmentResource(Attachments attachments) {
        this.attachments = attachments;
    }

    @GET
    @Operation(summary = "An attachment's metadata; status pending until its bytes are uploaded")
    public AttachmentView get(@PathParam("attachment_id") @ResourceId String attachmentId) {
        return attachments.get(attachmentId);
    }

    @DELETE
    @Operation(summary = "Delete an uploaded file (messages already sent keep it)")
    public ActionResult delete(@PathParam("attachment_id") @ResourceId String attachmentId) {
        return attachments.delete(attachmentId);
    }
}
