package com.caresupport.gateway.api.security;

import com.caresupport.gateway.config.Secret;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Refuses to start an API that nobody could call, or that anyone could. */
@Singleton
public class ApiKeyCheck {

    static final String MISSING_KEYS = "GATEWAY_API_KEYS is not set: set it to one or more comma-separated API keys"
            + " that internal apps will send as 'Authorization: Bearer <key>'.";

    void onStart(@Observes StartupEvent event, ApiConfig config,
            @ConfigProperty(name = "quarkus.http.host-enabled", defaultValue = "true") boolean httpEnabled) {
        // A CLI verb serves no API, so it needs no keys.
        if (httpEnabled) {
            verify(config);
        }
    }

    static void verify(ApiConfig config) {
        List<Secret> keys = config.keys().orElse(List.of());
        if (keys.stream().map(Secret::reveal).allMatch(String::isBlank)) {
            throw new IllegalStateException(MISSING_KEYS);
        }
    }
}
