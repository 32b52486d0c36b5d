package com.caresupport.gateway.linq.wire;

/**
 * Response of {@code GET /v3/payments/{paymentId}/credentials}: a short-lived handoff to fetch a virtual card
 * from the provider. {@code userToken} is a bearer credential, so neither record prints it.
 */
public record PaymentCredentials(Handoff handoff) {

    public record Handoff(String cardRef, String fetchUrl, String provider, String userToken) {

        @Override
        public String toString() {
            return "Handoff[cardRef=" + cardRef + ", fetchUrl=" + fetchUrl + ", provider=" + provider
                    + ", userToken=***]";
        }
    }
}
