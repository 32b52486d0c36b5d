package com.caresupport.gateway.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.regex.Pattern;

/** The blocklist: handles the account refuses to message and whose inbound messages it drops. */
@ApplicationScoped
public class BlockedHandleEndpoints {

    /** Besides E.164 and email, Linq blocks SMS short codes and alphanumeric sender ids. */
    private static final Pattern SHORT_CODE_OR_SENDER_ID = Pattern.compile("^(\\d{3,8}|(?=.*[A-Za-z])[A-Za-z0-9][A-Za-z0-9 .-]{0,10})$");

    private final SandboxState state;

    BlockedHandleEndpoints(SandboxState state) {
        this.state = state;
    }

    void register(@Observes SandboxRoutes.Registering event, SandboxRoutes routes) {
        routes.add("GET", "/blocked_handles", r -> {
            ObjectNode body = SandboxJson.object();
            ArrayNode list = body.putArray("blocked_handles");
            state.blockedHandles.values().stream().sorted(Comparator.comparing(h -> h.path("blocked_at").asText()))
                    .forEach(list::add);
            return SandboxResponse.ok(body);
        });
        routes.add("POST", "/blocked_handles", this::block);
        routes.add("DELETE", "/blocked_handles", r -> {
            String handle = handle(r);
            if (state.blockedHandles.remove(handle) == null) {
                throw new LinqError(404, 2001, handle + " is not blocked");
            }
            return SandboxResponse.noContent();
        });
    }

    private SandboxResponse block(SandboxRequest request) {
        String handle = handle(request);
        String reason = request.optionalText("reason");
        if (reason != null && reason.length() > 500) {
            throw LinqError.invalid("reason must be at most 500 characters");
        }
        ObjectNode entry = SandboxJson.object().put("handle", handle).put("blocked_at", Instant.now().toString())
                .put("reason", reason);
        // Blocking twice keeps the first entry, as a blocklist is a set.
        ObjectNode stored = state.blockedHandles.putIfAbsent(handle, entry);
        ObjectNode body = SandboxJson.object();
        body.set("blocked_handle", stored == null ? entry : stored);
        return stored == null ? SandboxResponse.created(body) : SandboxResponse.ok(body);
    }

    private static String handle(SandboxRequest request) {
        String handle = request.text("handle").trim();
        if (MessageContentRules.E164.matcher(handle).matches() || handle.matches("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$")
                || SHORT_CODE_OR_SENDER_ID.matcher(handle).matches()) {
            return handle;
        }
        throw new LinqError(400, 1002, "handle must be an E.164 number, an email address, a short code or a sender id");
    }

    /** Linq refuses a send to a blocked handle before anything is created. */
    static void requireUnblocked(SandboxState state, Collection<String> recipients) {
        for (String recipient : recipients) {
            if (state.blockedHandles.containsKey(recipient)) {
                throw new LinqError(403, 2026, recipient + " is blocked");
            }
        }
    }
}
