package com.caresupport.gateway.messaging;

import com.caresupport.gateway.messaging.validation.Checked;
import com.caresupport.gateway.messaging.validation.ValidRequest;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Options to add to an existing poll. */
@ValidRequest
public record PollOptionsSpec(@NotEmpty @Size(max = PollSpec.MAX_OPTIONS) List<String> options) implements Checked {

    @Override
    public List<Violation> violations() {
        return PollSpec.optionViolations(options);
    }
}
