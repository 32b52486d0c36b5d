package com.caresupport.gateway.messaging;

import com.caresupport.gateway.messaging.validation.Checked;
import com.caresupport.gateway.messaging.validation.LinqLimits;
import com.caresupport.gateway.messaging.validation.ValidRequest;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.util.ArrayList;
import java.util.List;

/**
 * A webhook subscription in the older client's terms: {@code events} and {@code version}. On the wire Linq
 * wants {@code subscribed_events} and the version as {@code ?version=} on the target URL.
 */
@ValidRequest
public record SubscriptionSpec(@NotBlank String targetUrl, @NotEmpty List<@NotBlank String> events, String version)
        implements Checked {

    /** Linq's current event types (the older client's {@code message.created} and the like do not exist). */
    public static final List<String> EVENTS = List.of("message.sent", "message.received", "message.read",
            "message.delivered", "message.failed", "message.edited", "reaction.added", "reaction.removed",
            "participant.added", "participant.removed", "chat.created", "chat.group_name_updated",
            "chat.group_icon_updated", "chat.group_name_update_failed", "chat.group_icon_update_failed",
            "chat.typing_indicator.started", "chat.typing_indicator.stopped", "phone_number.status_updated",
            "call.initiated", "call.ringing", "call.answered", "call.ended", "call.failed", "call.declined",
            "call.no_answer", "location.sharing.started", "location.sharing.stopped");

    /** The payload version the gateway parses best, used when none is given. */
    public static final String DEFAULT_VERSION = "2026-02-03";

    @Override
    public List<Violation> violations() {
        List<Violation> violations = new ArrayList<>();
        if (targetUrl != null && !LinqLimits.isWebUrl(targetUrl, true)) {
            violations.add(new Violation("target_url", "must be an https URL (http only to localhost)"));
        }
        if (events != null) {
            for (int i = 0; i < events.size(); i++) {
                if (events.get(i) != null && !EVENTS.contains(events.get(i))) {
                    violations.add(new Violation("events[" + i + "]", "is not a Linq webhook event type"));
                }
            }
        }
        if (version != null && !LinqLimits.WEBHOOK_VERSIONS.contains(version)) {
            violations.add(new Violation("version", "must be one of " + LinqLimits.WEBHOOK_VERSIONS));
        }
        return violations;
    }

    /** The target URL with the payload version pinned, as Linq expects it. */
    public String versionedTargetUrl() {
        String pinned = version == null ? DEFAULT_VERSION : version;
        if (targetUrl.contains("version=")) {
            return targetUrl;
        }
        return targetUrl + (targetUrl.contains("?") ? "&" : "?") + "version=" + pinned;
    }
}
