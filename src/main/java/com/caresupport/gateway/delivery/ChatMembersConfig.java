package com.caresupport.gateway.delivery;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How long the gateway trusts the chat membership it keeps for the opt-out guard. */
@ConfigMapping(prefix = "gateway.chat-members")
public interface ChatMembersConfig {

    /**
     * How long a group's member list, as last confirmed by Linq or by the gateway's own create, is trusted
     * before the guard asks Linq again (GET chat). Webhooks and the gateway's own adds and removes keep the
     * list current in between; this bounds how stale it can be when a {@code participant.*} webhook is lost
     * or not subscribed. {@code 0s} asks Linq before every group send. A 1:1 chat's members never change.
     */
    @WithDefault("5m")
    Duration groupMaxAge();
}
