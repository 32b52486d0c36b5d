package com.caresupport.gateway.webhook;

import io.smallrye.config.ConfigMapping;
import java.net.URI;
import java.util.Optional;

/**
 * Where Linq reaches this gateway ({@code GATEWAY_PUBLIC_URL}), e.g. {@code https://gateway.example.org}:
 * its receiver is that URL plus {@code /webhooks/linq}. Dev and test default to the local HTTP port. Unset,
 * no subscription counts as the gateway's own, and only {@code LINQ_WEBHOOK_SIGNING_SECRET} verifies.
 */
@ConfigMapping(prefix = "gateway.public")
public interface PublicUrlConfig {

    /** The gateway's public base URL, as Linq's deliveries address it (scheme, host, port, path prefix). */
    Optional<URI> url();
}
