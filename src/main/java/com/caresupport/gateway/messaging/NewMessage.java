package com.caresupport.gateway.messaging;

import com.caresupport.gateway.messaging.validation.Checked;
import com.caresupport.gateway.messaging.validation.LinqLimits;
import com.caresupport.gateway.messaging.validation.ValidRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/**
 * A message to an existing chat: text, optionally with one media item by public HTTPS URL (Linq downloads
 * it, up to 10 MB) or by pre-uploaded attachment id (up to 100 MB), and optionally as a threaded reply.
 */
@ValidRequest
public record NewMessage(
        @NotBlank @Size(max = LinqLimits.MAX_TEXT_LENGTH) String text,
        @Pattern(regexp = "iMessage|RCS|SMS", message = "must be iMessage, RCS or SMS") String preferredService,
        @Valid EffectSpec effect,
        @Size(max = 128) String replyToMessageId,
        String mediaUrl,
        @Size(max = 128) String attachmentId) implements Checked {

    @Override
    public List<Violation> violations() {
        List<Violation> violations = new ArrayList<>();
        if (mediaUrl != null && attachmentId != null) {
            violations.add(new Violation("media_url", "give media_url or attachment_id, not both"));
        }
        if (mediaUrl != null && !LinqLimits.isWebUrl(mediaUrl, false)) {
            violations.add(new Violation("media_url", "must be a public https URL of at most 2048 characters"));
        }
        return violations;
    }
}
