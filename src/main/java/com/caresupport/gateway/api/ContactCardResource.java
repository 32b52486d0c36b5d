package com.caresupport.gateway.api;

import com.caresupport.gateway.messaging.ContactCardChange;
import com.caresupport.gateway.messaging.ContactCardSpec;
import com.caresupport.gateway.messaging.ContactCardView;
import com.caresupport.gateway.messaging.ContactCards;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The lines' contact cards. Setting one up reaches nobody; sharing it in a chat is
 * {@code POST /api/chats/{chat_id}/contact-card}, which the opt-out guard checks.
 */
@Path("/api/contact-card")
@Tag(name = "Account")
public class ContactCardResource {

    private final ContactCards cards;

    ContactCardResource(ContactCards cards) {
        this.cards = cards;
    }

    @POST
    @Operation(summary = "Set up a line's contact card")
    public Response create(ContactCardSpec spec) {
        return Response.status(Response.Status.CREATED).entity(cards.create(spec)).build();
    }

    @GET
    @Operation(summary = "The lines' contact cards (one line's with phone_number)")
    public ContactCardView list(@QueryParam("phone_number") String phoneNumber) {
        return cards.list(phoneNumber);
    }

    @PATCH
    @Operation(summary = "Change a line's contact card; phone_number names the line")
    public ContactCardView update(@QueryParam("phone_number") String phoneNumber, ContactCardChange change) {
        return cards.update(phoneNumber, change);
    }
}
