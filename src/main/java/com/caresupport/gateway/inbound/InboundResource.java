package com.caresupport.gateway.inbound;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Recent inbound messages and whether the application's handlers dealt with them. */
@Path("/api/inbound")
@Tag(name = "Inbound")
public class InboundResource {

    /** One inbound message and its handling; {@code bodyPurgedAt} says when retention removed its text. */
    public record InboundView(String id, String messageId, String chatId, String fromHandle, String body,
            String service, String source, String memberId, boolean unknownSender, String state, int attempts,
            String lastError, Instant receivedAt, Instant handledAt, Instant bodyPurgedAt) {
    }

    /** The messages listed, newest first. */
    public record InboundList(int count, List<InboundView> messages) {
    }

    @GET
    @Transactional
    @Operation(summary = "List recent inbound messages and their handling state (?state=pending|handled|failed)")
    public InboundList list(@QueryParam("limit") @DefaultValue("50") int limit, @QueryParam("state") String state) {
        var query = state == null
                ? InboundRecord.<InboundRecord>find("order by receivedAt desc")
                : InboundRecord.<InboundRecord>find("state = ?1 order by receivedAt desc", parse(state));
        List<InboundView> messages = query.page(0, Math.max(1, Math.min(limit, 500))).list().stream()
                .map(r -> new InboundView(r.id, r.linqMessageId, r.chatId, r.fromHandle, r.body, r.service, r.source,
                        r.memberId, r.unknownSender, r.state.name().toLowerCase(Locale.ROOT), r.attempts, r.lastError,
                        r.receivedAt, r.handledAt, r.bodyPurgedAt))
                .toList();
        return new InboundList(messages.size(), messages);
    }

    private static InboundRecord.State parse(String state) {
        try {
            return InboundRecord.State.valueOf(state.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new jakarta.ws.rs.BadRequestException("state must be pending, handled or failed");
        }
    }
}
