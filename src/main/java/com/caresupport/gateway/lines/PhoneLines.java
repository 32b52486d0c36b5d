package com.caresupport.gateway.lines;

import com.caresupport.gateway.error.InvalidRequestException;
import com.caresupport.gateway.linq.LinqClient;
import com.caresupport.gateway.linq.wire.AvailableNumber;
import com.caresupport.gateway.linq.wire.PhoneNumberUpdate;
import com.caresupport.gateway.linq.wire.ReputationAuditStarted;
import com.caresupport.gateway.linq.wire.UpdatedPhoneNumber;
import com.caresupport.gateway.messaging.validation.E164;
import com.caresupport.gateway.messaging.validation.LinqLimits;
import com.caresupport.gateway.messaging.validation.ResourceId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Administration of the account's lines: call forwarding, reputation audits and which line to send from. None
 * of it reaches a person, so no recipient check applies; parameter names are the API's field names.
 */
@ApplicationScoped
public class PhoneLines {

    private final LinqClient linq;

    PhoneLines(LinqClient linq) {
        this.linq = linq;
    }

    public LineUpdated updateForwarding(@NotBlank @ResourceId String phoneNumberId,
            @NotNull @Valid ForwardingSpec spec) {
        UpdatedPhoneNumber updated = linq.updatePhoneNumber(phoneNumberId, new PhoneNumberUpdate(spec.forwardingNumber()));
        String forwarding = updated.forwardingNumber() == null || updated.forwardingNumber().isEmpty() ? null
                : updated.forwardingNumber();
        return new LineUpdated(true, updated.id(), updated.phoneNumber(), forwarding);
    }

    /** Linq runs one audit per line at a time (409 meanwhile), then a cooldown (429 with Retry-After). */
    public AuditStarted startAudit(@NotBlank @E164 String phoneNumber) {
        ReputationAuditStarted started = linq.startReputationAudit(phoneNumber);
        return new AuditStarted(true, phoneNumber, started.auditId(), started.status());
    }

    public AuditView getAudit(@NotBlank @E164 String phoneNumber, @NotBlank @ResourceId String auditId) {
        return AuditView.from(phoneNumber, linq.getReputationAudit(phoneNumber, auditId));
    }

    /**
     * The line Linq would send from: the one already talking to {@code to}, else the least recently used line
     * not in {@code excludeFrom}.
     */
    public SuggestedLine availableNumber(@Size(max = 50) List<String> to, @Size(max = 50) List<String> excludeFrom) {
        List<InvalidRequestException.FieldError> errors = new ArrayList<>();
        check(errors, "to", to, LinqLimits::isHandle, "must be an E.164 phone number or an email address");
        check(errors, "exclude_from", excludeFrom, v -> LinqLimits.E164.matcher(v).matches(),
                "must be a phone number in E.164 form, such as +15551234567");
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(InvalidRequestException.Reason.INVALID_FIELDS,
                    errors.get(0).field() + " " + errors.get(0).message(), errors);
        }
        AvailableNumber number = linq.availableNumber(to, excludeFrom);
        return new SuggestedLine(true, number.phoneNumber(), number.vcfUrl());
    }

    /** Names each bad element by its index, as {@code to[1]}: Bean Validation would name only the list. */
    private static void check(List<InvalidRequestException.FieldError> errors, String field, List<String> values,
            Predicate<String> valid, String message) {
        for (int i = 0; values != null && i < values.size(); i++) {
            if (values.get(i) == null || !valid.test(values.get(i))) {
                errors.add(new InvalidRequestException.FieldError(field + "[" + i + "]", message));
            }
        }
    }
}
