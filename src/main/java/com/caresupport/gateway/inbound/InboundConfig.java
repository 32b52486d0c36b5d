package com.caresupport.gateway.inbound;

import com.caresupport.gateway.queue.RetrySchedule;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** The inbound path: handler retries ({@link RetrySchedule}) and the polling loop. */
@ConfigMapping(prefix = "gateway.inbound")
public interface InboundConfig extends RetrySchedule {

    /** The poller, a fallback for deployments that cannot receive webhooks and a net for missed ones. */
    Poller poller();

    interface Poller {
        /** Poll Linq. Default: on unless a webhook signing secret is configured. */
        Optional<Boolean> enabled();

        /** Time between polls. */
        @WithDefault("30s")
        Duration interval();

        /** Time from the start to the first poll (read by the schedule; here so that a bad value fails the start). */
        @WithDefault("10s")
        Duration delay();

        /** Chats per page and messages per chat read in one poll. */
        @WithDefault("50")
        int pageSize();

        /** How far back a poll looks. */
        @WithDefault("1h")
        Duration lookBack();
    }
}
