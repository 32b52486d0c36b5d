package com.caresupport.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.util.List;
import java.util.Optional;

/**
 * How the gateway reaches Linq. Every property can be set by its environment variable
 * ({@code linq.api-token} is {@code LINQ_API_TOKEN}, and so on).
 */
@ConfigMapping(prefix = "linq")
public interface LinqConfig {

    /** Linq Partner API key, sent as {@code Authorization: Bearer}. Required unless the sandbox is enabled. */
    Optional<Secret> apiToken();

    /** The default sender line (E.164), used when a request names no {@code from_phone}. */
    Optional<String> phoneNumber();

    /** Base URL of the Partner API, without the {@code /v3} segment. */
    @WithDefault("https://api.linqapp.com/api/partner")
    String baseUrl();

    /** Webhook signing secrets; several (comma-separated) may be valid at once while one is rotated. */
    @WithName("webhook-signing-secret")
    Optional<List<Secret>> webhookSigningSecrets();

    /** The built-in Linq emulation. */
    Sandbox sandbox();

    interface Sandbox {
        /** Serve the Linq sandbox under {@code /sandbox/linq}. On in dev and test, off in prod. */
        @WithDefault("false")
        boolean enabled();
    }
}
