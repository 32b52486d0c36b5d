package com.caresupport.gateway.linq;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How long one Linq call may hold its caller (an API request or the outbox worker). */
@ConfigMapping(prefix = "linq.wait")
public interface LinqWaitConfig {

    /**
     * The most one call may take, all attempts and the waits between them together ({@code LINQ_WAIT_BUDGET}).
     * A retry is made only when its wait and a whole attempt still fit; a longer {@code Retry-After} ends the
     * call at once (a send is queued for that time, anything else answers 503 with it).
     */
    @WithDefault("5s")
    Duration budget();
}
