package com.caresupport.gateway.lines;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * {@code {forwarding_number}}: where the line forwards inbound calls, in E.164, or {@code ""} to clear it. The
 * field is required so that a body without it (a typo, say) never clears a line's forwarding by accident.
 */
public record ForwardingSpec(
        @NotNull(message = "is required: an E.164 number, or \"\" to clear forwarding")
        @Pattern(regexp = "^$|^\\+[1-9]\\d{1,14}$", message = "must be an E.164 phone number, or \"\" to clear forwarding")
        String forwardingNumber) {
}
