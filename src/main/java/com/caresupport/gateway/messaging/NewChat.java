package com.caresupport.gateway.messaging;

import com.caresupport.gateway.messaging.validation.Checked;
import com.caresupport.gateway.messaging.validation.E164;
import com.caresupport.gateway.messaging.validation.LinqLimits;
import com.caresupport.gateway.messaging.validation.ValidRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/**
 * A new chat and its first message. One recipient by {@code toPhone} (the older client's field) or several
 * by {@code to}; the first message may not contain a link, which Linq refuses on chat creation.
 */
@ValidRequest
public record NewChat(
        @E164 String toPhone,
        @Size(max = 32, message = "may name at most 32 recipients") List<String> to,
        @NotBlank @Size(max = LinqLimits.MAX_TEXT_LENGTH) String initialMessage,
        @E164 String fromPhone,
        @Pattern(regexp = "iMessage|RCS|SMS", message = "must be iMessage, RCS or SMS") String preferredService,
        @Valid EffectSpec effect) implements Checked {

    /** The recipients as Linq wants them: always an array. */
    public List<String> recipients() {
        return toPhone != null ? List.of(toPhone) : List.copyOf(to);
    }

    @Override
    public List<Violation> violations() {
        List<Violation> violations = new ArrayList<>();
        boolean many = to != null && !to.isEmpty();
        if ((toPhone == null) == !many) {
            violations.add(new Violation("to_phone", "give exactly one of to_phone or to"));
        }
        if (to != null) {
            for (int i = 0; i < to.size(); i++) {
                if (!LinqLimits.isHandle(to.get(i))) {
                    violations.add(new Violation("to[" + i + "]", "must be an E.164 phone number or an email address"));
                }
            }
        }
        if (initialMessage != null && LinqLimits.URL_IN_TEXT.matcher(initialMessage).find()) {
            violations.add(new Violation("initial_message",
                    "must not contain a link: Linq refuses links in a chat's first message"));
        }
        return violations;
    }
}
