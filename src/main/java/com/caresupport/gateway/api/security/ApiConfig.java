package com.caresupport.gateway.api.security;

import com.caresupport.gateway.config.Secret;
import io.smallrye.config.ConfigMapping;
import java.util.List;
import java.util.Optional;

/** Who may call the internal API. */
@ConfigMapping(prefix = "gateway.api")
public interface ApiConfig {

    /**
     * API keys accepted as {@code Authorization: Bearer <key>} ({@code GATEWAY_API_KEYS}, comma-separated so
     * that a key can be rotated). Required in prod; dev and test accept {@code dev-key}.
     */
    Optional<List<Secret>> keys();
}
