package com.caresupport.gateway.payments;

import com.caresupport.gateway.messaging.validation.Checked;
import com.caresupport.gateway.messaging.validation.LinqLimits;
import com.caresupport.gateway.messaging.validation.ValidRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;

/**
 * An agent payment to create ({@code POST /v3/payments}) for a connected customer. Linq may text the customer
 * (to approve with a passkey or attach a card), so {@code handle} is checked against opt-outs first.
 */
@ValidRequest
public record PaymentSpec(
        @NotNull @Min(1) Long amountCents,
        @NotBlank @Pattern(regexp = "^[a-z]{3}$", message = "must be a lowercase ISO 4217 code, such as usd") String currency,
        @NotBlank @CustomerHandle String handle,
        @Size(max = 1000) String description,
        @Valid Merchant merchant,
        @Size(max = 49, message = "may hold at most 49 keys") Map<String, @Size(max = 500) String> metadata)
        implements Checked {

    /** Where the agent is buying. */
    public record Merchant(@Size(max = 200) String name, String url) {
    }

    @Override
    public List<Violation> violations() {
        if (merchant != null && merchant.url() != null && !LinqLimits.isWebUrl(merchant.url(), false)) {
            return List.of(new Violation("merchant.url", "must be a public https URL of at most 2048 characters"));
        }
        if (metadata != null && metadata.entrySet().stream().anyMatch(e -> e.getKey().isBlank() || e.getValue() == null)) {
            return List.of(new Violation("metadata", "keys must be non-blank and have a value"));
        }
        return List.of();
    }
}
