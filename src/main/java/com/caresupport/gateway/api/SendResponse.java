package com.caresupport.gateway.api;

import com.caresupport.gateway.delivery.Accepted;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * The answer to a send or chat creation. {@code messageId} is Linq's id once Linq has the message and the
 * gateway's own id while it is queued; both work with {@code GET /api/messages/{id}}, and {@code localId}
 * never changes.
 */
@RegisterForReflection
public record SendResponse(boolean success, String chatId, String messageId, String localId, String service,
        String deliveryStatus, String error, boolean replayed) {

    static Response of(Accepted accepted) {
        SendResponse body = new SendResponse(accepted.success(), accepted.chatId(),
                accepted.linqMessageId() != null ? accepted.linqMessageId() : accepted.messageId(),
                accepted.messageId(), accepted.service(), accepted.deliveryStatus(), accepted.error(),
                accepted.replayed());
        Response.ResponseBuilder response;
        if (accepted.queued()) {
            response = Response.accepted(body);
        } else if (!accepted.success() || accepted.replayed()) {
            response = Response.ok(body);
        } else {
            response = Response.status(Response.Status.CREATED).entity(body);
        }
        return response.location(URI.create("/api/messages/" + accepted.messageId())).build();
    }
}
