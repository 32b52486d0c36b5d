package com.caresupport.gateway.payments;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** {@code {code, connect_id}}: the one-time code the customer received, and the id {@code connect} returned. */
public record VerifySpec(
        @NotBlank @Pattern(regexp = "^[A-Za-z0-9]{4,12}$", message = "must be the 4 to 12 letters or digits the customer received")
        String code,
        @NotBlank @Pattern(regexp = "^[\\x21-\\x7E]{1,255}$", message = "must be the connect_id that connect returned")
        String connectId) {

    /** The one-time code stays out of logs. */
    @Override
    public String toString() {
        return "VerifySpec[code=***, connectId=" + connectId + "]";
    }
}
