package com.caresupport.gateway.linq.wire;

import java.util.List;

/** Linq's older {@code GET /v3/phonenumbers} answer: the lines with their capabilities. */
public record LegacyPhoneNumbers(List<Line> phoneNumbers) {

    public record Line(String id, String phoneNumber, Capabilities capabilities, String countryCode, String type) {
    }

    public record Capabilities(boolean mms, boolean sms, boolean voice) {
    }
}
