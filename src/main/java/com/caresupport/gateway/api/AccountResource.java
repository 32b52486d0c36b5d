package com.caresupport.gateway.api;

import com.caresupport.gateway.messaging.AttachmentSlot;
import com.caresupport.gateway.messaging.AttachmentSpec;
import com.caresupport.gateway.messaging.CapabilityResult;
import com.caresupport.gateway.messaging.MessagingService;
import com.caresupport.gateway.messaging.PhoneNumberList;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What the Linq account offers: its lines, attachment uploads and capability checks. */
@Path("/api")
@Tag(name = "Account")
public class AccountResource {

    private final MessagingService messaging;

    AccountResource(MessagingService messaging) {
        this.messaging = messaging;
    }

    @POST
    @Path("/attachments")
    @Operation(summary = "Get a presigned upload URL for a file of up to 100 MB")
    public Response preUpload(AttachmentSpec attachment) {
        AttachmentSlot slot = messaging.preUploadAttachment(attachment);
        return Response.status(Response.Status.CREATED).entity(slot).build();
    }

    @GET
    @Path("/phone-numbers")
    @Operation(summary = "List the lines the gateway may send from")
    public PhoneNumberList phoneNumbers() {
        return messaging.listPhoneNumbers();
    }

    @POST
    @Path("/capability/check")
    @Operation(summary = "Check whether a handle is reachable over iMessage and RCS")
    public CapabilityResult capability(ChatResource.HandleBody body) {
        return messaging.checkCapability(body == null ? null : body.handle());
    }
}
