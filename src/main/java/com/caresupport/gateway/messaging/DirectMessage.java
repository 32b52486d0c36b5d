package com.caresupport.gateway.messaging;

import com.caresupport.gateway.messaging.validation.Checked;
import com.caresupport.gateway.messaging.validation.LinqLimits;
import com.caresupport.gateway.messaging.validation.ValidRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/**
 * A message to recipients by handle, without knowing their chat: Linq reuses their chat or opens one on the
 * best line ({@code POST /v3/messages}). Unlike a new chat's first message, it may contain a link.
 * {@code excludeFrom} names lines not to pick for a new chat.
 */
@ValidRequest
public record DirectMessage(
        @NotEmpty @Size(max = 32, message = "may name at most 32 recipients") List<String> to,
        @NotBlank @Size(max = LinqLimits.MAX_TEXT_LENGTH) String text,
        @Pattern(regexp = "iMessage|RCS|SMS", message = "must be iMessage, RCS or SMS") String preferredService,
        @Valid EffectSpec effect,
        String mediaUrl,
        @Size(max = 128) String attachmentId,
        @Size(max = 32) List<String> excludeFrom) implements Checked {

    /** The message part, as a send to a chat would carry it. */
    public NewMessage content() {
        return new NewMessage(text, preferredService, effect, null, mediaUrl, attachmentId);
    }

    @Override
    public List<Violation> violations() {
        List<Violation> violations = new ArrayList<>();
        if (to != null) {
            for (int i = 0; i < to.size(); i++) {
                if (!LinqLimits.isHandle(to.get(i))) {
                    violations.add(new Violation("to[" + i + "]", "must be an E.164 phone number or an email address"));
                }
            }
        }
        if (excludeFrom != null) {
            for (int i = 0; i < excludeFrom.size(); i++) {
                if (excludeFrom.get(i) == null || !LinqLimits.E164.matcher(excludeFrom.get(i)).matches()) {
                    violations.add(new Violation("exclude_from[" + i + "]", "must be an E.164 phone number"));
                }
            }
        }
        if (mediaUrl != null && attachmentId != null) {
            violations.add(new Violation("media_url", "give media_url or attachment_id, not both"));
        }
        if (mediaUrl != null && !LinqLimits.isWebUrl(mediaUrl, false)) {
            violations.add(new Violation("media_url", "must be a public https URL of at most 2048 characters"));
        }
        return violations;
    }
}
