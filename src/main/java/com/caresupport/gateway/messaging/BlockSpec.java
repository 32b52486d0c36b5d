package com.caresupport.gateway.messaging;

import com.caresupport.gateway.messaging.validation.Checked;
import com.caresupport.gateway.messaging.validation.ValidRequest;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A handle to block: E.164, email, SMS short code (3-8 digits) or alphanumeric sender id. */
@ValidRequest
@Schema(description = "A handle to block, with an optional note", example = "{\"handle\":\"+15551230001\",\"reason\":\"asked to stop\"}")
public record BlockSpec(@NotBlank String handle, @Size(max = 500) String reason) implements Checked {

    @Override
    public List<Violation> violations() {
        if (handle != null && !BlockedHandlesService.isBlockable(handle)) {
            return List.of(new Violation("handle",
                    "must be an E.164 number, an email address, a short code or a sender id"));
        }
        return List.of();
    }
}
