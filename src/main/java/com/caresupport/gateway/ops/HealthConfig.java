package com.caresupport.gateway.ops;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Thresholds of the backlog health check ({@code /q/health/group/backlog}). */
@ConfigMapping(prefix = "gateway.health")
public interface HealthConfig {

    /** The oldest message still waiting for Linq may be this old before the backlog check goes down. */
    @WithDefault("15m")
    Duration outboxMaxAge();

    /** How many webhook deliveries may wait for processing before the backlog check goes down. */
    @WithDefault("100")
    long webhookBacklogMax();

    /** The oldest webhook delivery still waiting may be this old before the backlog check goes down. */
    @WithDefault("10m")
    Duration webhookMaxAge();
}
