package com.caresupport.gateway.retention;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * How long the gateway keeps what it stored. Content that concerns patients (message text, webhook payloads,
 * inbound text) goes first; the rows themselves, with ids and status history, are kept much longer so that
 * "where is this message?" can still be answered.
 */
@ConfigMapping(prefix = "gateway.retention")
public interface RetentionConfig {

    /** Run the scheduled purge. Off in tests, which run it themselves. */
    @WithDefault("true")
    boolean enabled();

    /** Time between two purges. */
    @WithDefault("1h")
    Duration interval();

    /** Rows changed per transaction, so a purge never holds long locks or builds a huge transaction. */
    @WithDefault("500")
    int batchSize();

    /** Raw webhook payloads (up to 1 MiB each) of processed events are purged this long after receipt. */
    @WithDefault("7d")
    Duration webhookPayloads();

    /** Outbound message bodies and text previews are purged this long after acceptance, once delivered or failed. */
    @WithDefault("30d")
    Duration messageBodies();

    /** Inbound message text is purged this long after receipt, once every handler has handled it. */
    @WithDefault("30d")
    Duration inboundText();

    /** Whole rows (messages with their status history, webhook events, inbound messages) are deleted after this. */
    @WithDefault("365d")
    Duration records();
}
