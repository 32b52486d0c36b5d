package com.caresupport.gateway.delivery;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How the outbox keeps delivering messages Linq could not take at once. */
@ConfigMapping(prefix = "gateway.outbox")
public interface DeliveryConfig {

    /** How often the worker looks for due messages. */
    @WithDefault("5s")
    Duration interval();

    /** How many due messages one worker run claims. */
    @WithDefault("20")
    int batchSize();

    /** Wait before the first redelivery; doubled per attempt up to {@link #maxBackoff()}. */
    @WithDefault("5s")
    Duration backoff();

    /** Longest wait between two delivery attempts. */
    @WithDefault("5m")
    Duration maxBackoff();

    /** How long a claim protects a message from other workers; longer than one delivery with its retries. */
    @WithDefault("2m")
    Duration lease();

    /** A message not delivered this long after it was accepted is marked failed, with the reason. */
    @WithDefault("24h")
    Duration maxAge();
}
