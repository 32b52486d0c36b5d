package com.caresupport.gateway.api;

import com.caresupport.gateway.lines.AuditStarted;
import com.caresupport.gateway.lines.AuditView;
import com.caresupport.gateway.lines.ForwardingSpec;
import com.caresupport.gateway.lines.LineUpdated;
import com.caresupport.gateway.lines.PhoneLines;
import com.caresupport.gateway.lines.SuggestedLine;
import com.caresupport.gateway.messaging.validation.E164;
import com.caresupport.gateway.messaging.validation.ResourceId;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The account's lines beyond listing them ({@code GET /api/phone-numbers} is in {@link AccountResource}): call
 * forwarding, reputation audits, and which line Linq would send from. None of these reaches a person.
 */
@Path("/api")
@Tag(name = "Phone numbers")
public class PhoneNumberResource {

    private final PhoneLines lines;

    PhoneNumberResource(PhoneLines lines) {
        this.lines = lines;
    }

    @PUT
    @Path("/phone-numbers/{phone_number_id}")
    @Operation(summary = "Set or clear the number a line forwards inbound calls to",
            description = "Body {\"forwarding_number\":\"+15551230001\"}; \"\" clears forwarding. The id is the line's "
                    + "id from GET /api/phone-numbers.")
    public LineUpdated updateForwarding(@PathParam("phone_number_id") @ResourceId String phoneNumberId,
            ForwardingSpec spec) {
        return lines.updateForwarding(phoneNumberId, spec);
    }

    @POST
    @Path("/phone-numbers/{phone_number}/reputation-audits")
    @Operation(summary = "Start a reputation audit of a line (E.164); 202 with the audit id to poll",
            description = "One audit per line at a time (409 while one runs), then a cooldown (429 with Retry-After).")
    public Response startAudit(@PathParam("phone_number") @E164 String phoneNumber) {
        AuditStarted started = lines.startAudit(phoneNumber);
        return Response.status(Response.Status.ACCEPTED).entity(started).build();
    }

    @GET
    @Path("/phone-numbers/{phone_number}/reputation-audits/{audit_id}")
    @Operation(summary = "Get a reputation audit: pending, complete with its report, or error")
    public AuditView audit(@PathParam("phone_number") @E164 String phoneNumber,
            @PathParam("audit_id") @ResourceId String auditId) {
        return lines.getAudit(phoneNumber, auditId);
    }

    @GET
    @Path("/available-number")
    @Operation(summary = "Which line Linq would send from",
            description = "The line already in a chat with exactly `to`, else the least recently used line not in "
                    + "`exclude_from`. Both repeat or take comma-separated values.")
    public SuggestedLine availableNumber(
            @QueryParam("to") @Parameter(description = "Recipients (E.164 or email)") List<String> to,
            @QueryParam("exclude_from") @Parameter(description = "Lines (E.164) not to suggest") List<String> excludeFrom) {
        return lines.availableNumber(split(to), split(excludeFrom));
    }

    /** Accepts both {@code ?to=a&to=b} and {@code ?to=a,b}. */
    private static List<String> split(List<String> values) {
        if (values == null) {
            return List.of();
        }
        return values.stream().flatMap(v -> java.util.Arrays.stream(v.split(",", -1))).map(String::trim).toList();
    }
}
