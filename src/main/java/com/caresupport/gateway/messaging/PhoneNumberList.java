package com.caresupport.gateway.messaging;

import java.util.List;

/** The lines the gateway may send from. */
public record PhoneNumberList(boolean success, List<Line> phoneNumbers) {

    /** One line and its reputation (HEALTHY, AT_RISK, CRITICAL). */
    public record Line(String id, String phoneNumber, String reputation) {
    }
}
