package com.caresupport.gateway.payments;

/**
 * The organization's standing with a payment provider: {@code status} onboarding, ready or disabled; after
 * {@code connect}, also where an admin authorizes the connection ({@code hosted_url}) and its session.
 */
public record ProviderView(boolean success, String provider, String status, String hostedUrl, String sessionId) {
}
