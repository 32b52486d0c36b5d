package com.caresupport.gateway.messaging;

import java.util.List;

/** The lines the gateway may send from. */
public record PhoneNumberList(boolean success, List<Line> phoneNumbers) {

    /** One line, its reputation (HEALTHY, AT_RISK, CRITICAL) and where it forwards calls (null: nowhere). */
    public record Line(String id, String phoneNumber, String reputation, String forwardingNumber) {
    }
}
