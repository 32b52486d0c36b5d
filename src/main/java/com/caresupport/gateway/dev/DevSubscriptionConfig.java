package com.caresupport.gateway.dev;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;

/** The webhook subscription dev mode makes at start-up, so that the sandbox's events reach this gateway. */
@ConfigMapping(prefix = "gateway.dev-subscription")
public interface DevSubscriptionConfig {

    /** Subscribe this gateway's own receiver at start-up. On in dev mode only. */
    @WithDefault("false")
    boolean enabled();

    /** Where the sandbox should deliver: this gateway's receiver. */
    @WithDefault("http://localhost:${quarkus.http.port:8080}/webhooks/linq")
    String targetUrl();

    /** The events to receive. */
    @WithDefault("message.sent,message.received,message.delivered,message.read,message.failed,message.edited,"
            + "reaction.added,reaction.removed,chat.created,participant.added,participant.removed")
    List<String> events();
}
