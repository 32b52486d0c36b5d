package com.caresupport.gateway.payments;

/**
 * A short-lived handoff to a payment's virtual card: fetch the card from {@code fetch_url} at the provider with
 * {@code user_token} as bearer; the card number never passes through Linq or the gateway. {@code user_token} is
 * a credential: {@link #toString()} hides it, and {@link #withoutToken()} is what goes anywhere it might be kept.
 */
public record CardHandoff(boolean success, String paymentId, String provider, String cardRef, String fetchUrl,
        String userToken) {

    public CardHandoff withoutToken() {
        return new CardHandoff(success, paymentId, provider, cardRef, fetchUrl, null);
    }

    @Override
    public String toString() {
        return "CardHandoff[paymentId=" + paymentId + ", provider=" + provider + ", cardRef=" + cardRef
                + ", fetchUrl=" + fetchUrl + ", userToken=" + (userToken == null ? null : "***") + "]";
    }
}
