package com.caresupport.gateway.webhook;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How the webhook receiver checks and processes Linq's deliveries. */
@ConfigMapping(prefix = "gateway.webhook")
public interface WebhookConfig {

    /** How far a delivery's timestamp may be from now, either way. */
    @WithDefault("5M")
    Duration timestampTolerance();

    /** Largest body accepted; bigger deliveries get 413. */
    @WithDefault("1048576")
    int maxBodyBytes();

    /**
     * How often the trusted signing secrets are reloaded from the database, so that subscriptions made by other
     * instances verify; this instance's own subscribe and unsubscribe take effect at once.
     */
    @WithDefault("1m")
    Duration secretsRefresh();

    /** How often stored events whose processing failed are tried again. */
    @WithDefault("10s")
    Duration retryInterval();

    /** Wait before the first reprocessing; doubled per attempt. */
    @WithDefault("5s")
    Duration retryBackoff();

    /** Attempts before an event is left as failed for a person to look at. */
    @WithDefault("10")
    int maxAttempts();
}
