package com.caresupport.gateway.messaging;

import com.caresupport.gateway.messaging.validation.Checked;
import com.caresupport.gateway.messaging.validation.LinqLimits;
import com.caresupport.gateway.messaging.validation.ValidRequest;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/** A voice memo by public HTTPS URL or pre-uploaded attachment id, exactly one. */
@ValidRequest
public record VoiceMemoSpec(String voiceMemoUrl, @Size(max = 128) String attachmentId) implements Checked {

    @Override
    public List<Violation> violations() {
        List<Violation> violations = new ArrayList<>();
        if ((voiceMemoUrl == null) == (attachmentId == null)) {
            violations.add(new Violation("voice_memo_url", "give exactly one of voice_memo_url or attachment_id"));
        }
        if (voiceMemoUrl != null && !LinqLimits.isWebUrl(voiceMemoUrl, false)) {
            violations.add(new Violation("voice_memo_url", "must be a public https URL of at most 2048 characters"));
        }
        return violations;
    }
}
