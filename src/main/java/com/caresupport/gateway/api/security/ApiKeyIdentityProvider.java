package com.caresupport.gateway.api.security;

import com.caresupport.gateway.config.Secret;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

/**
 * Accepts a key listed in {@code gateway.api.keys}, compared in constant time. The identity is named after a
 * short fingerprint of the key, so logs can tell callers apart without showing a key.
 */
@ApplicationScoped
public class ApiKeyIdentityProvider implements IdentityProvider<ApiKeyRequest> {

    private final ApiConfig config;

    ApiKeyIdentityProvider(ApiConfig config) {
        this.config = config;
    }

    @Override
    public Class<ApiKeyRequest> getRequestType() {
        return ApiKeyRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(ApiKeyRequest request, AuthenticationRequestContext context) {
        byte[] presented = request.key().reveal().getBytes(StandardCharsets.UTF_8);
        List<Secret> keys = config.keys().orElse(List.of());
        boolean known = false;
        for (Secret key : keys) {
            known |= MessageDigest.isEqual(presented, key.reveal().getBytes(StandardCharsets.UTF_8));
        }
        if (!known) {
            return Uni.createFrom().failure(new AuthenticationFailedException("unknown API key"));
        }
        return Uni.createFrom().item(QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal("api-key:" + fingerprint(presented)))
                .addRole("api")
                .build());
    }

    static String fingerprint(byte[] key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key);
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
