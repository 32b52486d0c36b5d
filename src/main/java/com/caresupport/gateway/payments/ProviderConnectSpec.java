package com.caresupport.gateway.payments;

import com.caresupport.gateway.messaging.validation.Checked;
import com.caresupport.gateway.messaging.validation.LinqLimits;
import com.caresupport.gateway.messaging.validation.ValidRequest;
import jakarta.validation.constraints.NotBlank;
import java.util.List;

/** {@code {return_url}}: where the provider sends the admin after they authorize the connection. */
@ValidRequest
public record ProviderConnectSpec(@NotBlank String returnUrl) implements Checked {

    @Override
    public List<Violation> violations() {
        return returnUrl != null && !returnUrl.isBlank() && !LinqLimits.isWebUrl(returnUrl, true)
                ? List.of(new Violation("return_url", "must be an https URL (http only to localhost)"))
                : List.of();
    }
}
