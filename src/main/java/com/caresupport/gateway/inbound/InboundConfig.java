package com.caresupport.gateway.inbound;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** The inbound path: handler retries and the polling loop. */
@ConfigMapping(prefix = "gateway.inbound")
public interface InboundConfig {

    /** How often inbound messages whose observers failed are tried again. */
    @WithDefault("10s")
    Duration retryInterval();

    /** Wait before the first retry; doubled per attempt. */
    @WithDefault("5s")
    Duration retryBackoff();

    /** Attempts before a message is left as failed for a person to look at. */
    @WithDefault("10")
    int maxAttempts();

    /** The poller, a fallback for deployments that cannot receive webhooks and a net for missed ones. */
    Poller poller();

    interface Poller {
        /** Poll Linq. Default: on unless a webhook signing secret is configured. */
        Optional<Boolean> enabled();

        /** Time between polls. */
        @WithDefault("30s")
        Duration interval();

        /** Chats per page and messages per chat read in one poll. */
        @WithDefault("50")
        int pageSize();

        /** How far back a poll looks. */
        @WithDefault("1h")
        Duration lookBack();
    }
}
