package com.caresupport.gateway.messaging;

import com.caresupport.gateway.messaging.validation.Checked;
import com.caresupport.gateway.messaging.validation.LinqLimits;
import com.caresupport.gateway.messaging.validation.ValidRequest;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What to change on a webhook subscription; unset fields stay as they are. {@code phone_numbers} empty
 * removes the filter (events of every line).
 */
@ValidRequest
@Schema(description = "The webhook subscription fields to change; at least one",
        example = "{\"events\":[\"message.received\",\"message.delivered\"],\"active\":true}")
public record SubscriptionChange(String targetUrl, String version, List<String> events, List<String> phoneNumbers,
        Boolean active) implements Checked {

    @Override
    public List<Violation> violations() {
        List<Violation> violations = new ArrayList<>();
        if (targetUrl == null && events == null && phoneNumbers == null && active == null) {
            violations.add(new Violation("target_url", "give target_url, events, phone_numbers or active"));
        }
        if (targetUrl != null && !LinqLimits.isWebUrl(targetUrl, true)) {
            violations.add(new Violation("target_url", "must be an https URL (http only to localhost)"));
        }
        if (version != null && targetUrl == null) {
            violations.add(new Violation("version", "is set with target_url"));
        } else if (version != null && !LinqLimits.WEBHOOK_VERSIONS.contains(version)) {
            violations.add(new Violation("version", "must be one of " + LinqLimits.WEBHOOK_VERSIONS));
        }
        if (events != null) {
            if (events.isEmpty()) {
                violations.add(new Violation("events", "must not be empty"));
            }
            for (int i = 0; i < events.size(); i++) {
                if (events.get(i) == null || !SubscriptionSpec.EVENTS.contains(events.get(i))) {
                    violations.add(new Violation("events[" + i + "]", "is not a Linq webhook event type"));
                }
            }
        }
        if (phoneNumbers != null) {
            for (int i = 0; i < phoneNumbers.size(); i++) {
                if (phoneNumbers.get(i) == null || !LinqLimits.E164.matcher(phoneNumbers.get(i)).matches()) {
                    violations.add(new Violation("phone_numbers[" + i + "]", "must be an E.164 phone number"));
                }
            }
        }
        return violations;
    }

    /** The new target with its payload version pinned, as on creation; null when the target does not change. */
    String versionedTargetUrl() {
        return targetUrl == null ? null : new SubscriptionSpec(targetUrl, List.of(), version).versionedTargetUrl();
    }
}
