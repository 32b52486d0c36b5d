package com.caresupport.gateway.payments;

import com.caresupport.gateway.messaging.validation.Checked;
import com.caresupport.gateway.messaging.validation.E164;
import com.caresupport.gateway.messaging.validation.ValidRequest;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A payment request to create ({@code POST /v3/payment_requests}), with the SDK's fields, plus the gateway's
 * {@code chatId}: Linq's request is independent of any chat, but its checkout link goes to a person, so the
 * caller names whom it is for — the payer's handle (the {@code natural} rail) or the chat the link will be sent
 * to — and the opt-out guard checks them before Linq is called. {@code chatId} is not sent to Linq.
 */
@ValidRequest
public record PaymentRequestSpec(
        @Size(max = 128) String chatId,
        @Min(value = 50, message = "must be at least 50 (minor units)") Long amount,
        @Pattern(regexp = "^[a-z]{3}$", message = "must be a lowercase ISO 4217 code, such as usd") String currency,
        @Size(max = 255) @Pattern(regexp = "^cus_\\S+$", message = "must be a Stripe customer id (cus_...)") String customerId,
        @Size(max = 1000) String description,
        @E164 String from,
        @E164 String payerHandle,
        @Size(max = 255) @Pattern(regexp = "^price_\\S+$", message = "must be a Stripe price id (price_...)") String priceId,
        @Min(1) Long quantity,
        String trialEnd,
        @Min(1) Long trialPeriodDays,
        @Size(max = 49, message = "may hold at most 49 keys") Map<String, @Size(max = 500) String> metadata,
        @Pattern(regexp = "payment|subscription", message = "must be payment or subscription") String mode,
        @Pattern(regexp = "stripe|natural", message = "must be stripe or natural") String rail) implements Checked {

    public boolean subscription() {
        return "subscription".equals(mode);
    }

    /** The handle the request reaches directly, or none when it is for {@link #chatId()}'s members. */
    public List<String> recipients() {
        return payerHandle == null ? List.of() : List.of(payerHandle);
    }

    @Override
    public List<Violation> violations() {
        List<Violation> violations = new ArrayList<>();
        if (payerHandle == null && (chatId == null || chatId.isBlank())) {
            violations.add(new Violation("chat_id",
                    "name the chat the checkout link goes to (or payer_handle on the natural rail)"));
        }
        if (subscription()) {
            require(violations, priceId == null, "price_id", "is required in subscription mode");
            require(violations, amount != null, "amount", "comes from the price in subscription mode: omit it");
            require(violations, currency != null, "currency", "comes from the price in subscription mode: omit it");
        } else {
            require(violations, amount == null, "amount", "is required in payment mode");
            require(violations, currency == null, "currency", "is required in payment mode");
            require(violations, priceId != null, "price_id", "is for subscription mode only");
            require(violations, quantity != null, "quantity", "is for subscription mode only");
            require(violations, trialEnd != null, "trial_end", "is for subscription mode only");
            require(violations, trialPeriodDays != null, "trial_period_days", "is for subscription mode only");
        }
        require(violations, trialEnd != null && trialPeriodDays != null, "trial_end",
                "give trial_end or trial_period_days, not both");
        if (trialEnd != null && !isFuture(trialEnd)) {
            violations.add(new Violation("trial_end", "must be a future date-time, such as 2030-01-31T00:00:00Z"));
        }
        if ("natural".equals(rail)) {
            require(violations, from == null, "from", "is required on the natural rail");
            require(violations, payerHandle == null, "payer_handle", "is required on the natural rail");
        }
        if (metadata != null) {
            for (Map.Entry<String, String> entry : metadata.entrySet()) {
                if (entry.getKey().startsWith("linq_") || entry.getKey().isBlank() || entry.getValue() == null) {
                    violations.add(new Violation("metadata",
                            "keys must be non-blank, not start with linq_ (reserved), and have a value"));
                    break;
                }
            }
        }
        return violations;
    }

    private static void require(List<Violation> violations, boolean broken, String field, String message) {
        if (broken) {
            violations.add(new Violation(field, message));
        }
    }

    private static boolean isFuture(String dateTime) {
        try {
            return OffsetDateTime.parse(dateTime).toInstant().isAfter(java.time.Instant.now());
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
