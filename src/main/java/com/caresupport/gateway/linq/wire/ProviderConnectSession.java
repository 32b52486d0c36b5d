package com.caresupport.gateway.linq.wire;

/** Response of {@code POST /v3/payments/providers/{provider}/connect}: an admin authorizes at {@code hostedUrl}. */
public record ProviderConnectSession(String hostedUrl, String sessionId, String status) {
}
