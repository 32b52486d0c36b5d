package com.caresupport.gateway.sandbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.regex.Pattern;

/** Deleting an attachment: permanent; messages that used it keep their part, its URL stops working. */
@ApplicationScoped
public class AttachmentEndpoints {

    private static final Pattern UUID = Pattern.compile("^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$");

    private final SandboxState state;

    AttachmentEndpoints(SandboxState state) {
        this.state = state;
    }

    void register(@Observes SandboxRoutes.Registering event, SandboxRoutes routes) {
        routes.add("DELETE", "/attachments/{attachmentId}", r -> {
            String id = r.param("attachmentId");
            if (!UUID.matcher(id).matches()) {
                throw LinqError.invalid("attachmentId must be a UUID");
            }
            if (state.attachments.remove(id) == null) {
                throw LinqError.notFound(2003, "Attachment");
            }
            return SandboxResponse.noContent();
        });
    }
}
