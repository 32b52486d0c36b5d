package com.caresupport.gateway.linq.wire;

/** {@code POST /v3/payments/providers/{provider}/connect}: where the provider sends the admin back. */
public record ProviderConnectRequest(String returnUrl) {
}
