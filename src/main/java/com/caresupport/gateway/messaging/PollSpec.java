package com.caresupport.gateway.messaging;

import com.caresupport.gateway.messaging.validation.Checked;
import com.caresupport.gateway.messaging.validation.ValidRequest;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A poll for a chat (iMessage only): its options' texts, at least two. */
@ValidRequest
public record PollSpec(
        @NotNull @Size(min = 2, max = PollSpec.MAX_OPTIONS, message = "must have between 2 and 32 options")
        List<String> options) implements Checked {

    static final int MAX_OPTIONS = 32;
    static final int MAX_OPTION_LENGTH = 300;

    @Override
    public List<Violation> violations() {
        return optionViolations(options);
    }

    static List<Violation> optionViolations(List<String> options) {
        if (options == null) {
            return List.of();
        }
        List<Violation> violations = new java.util.ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            String option = options.get(i);
            if (option == null || option.isBlank() || option.length() > MAX_OPTION_LENGTH) {
                violations.add(new Violation("options[" + i + "]", "must be 1 to 300 characters of text"));
            }
        }
        return violations;
    }
}
