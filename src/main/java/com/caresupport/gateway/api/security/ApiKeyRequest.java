package com.caresupport.gateway.api.security;

import com.caresupport.gateway.config.Secret;
import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** The bearer key an internal app presented, on its way to {@link ApiKeyIdentityProvider}. */
public class ApiKeyRequest extends BaseAuthenticationRequest {

    private final Secret key;

    public ApiKeyRequest(Secret key) {
        this.key = key;
    }

    public Secret key() {
        return key;
    }
}
