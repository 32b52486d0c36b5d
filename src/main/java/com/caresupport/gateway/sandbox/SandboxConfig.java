package com.caresupport.gateway.sandbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The built-in Linq emulation, served under {@code /sandbox}. */
@ConfigMapping(prefix = "linq.sandbox")
public interface SandboxConfig {

    /** Serve the sandbox ({@code LINQ_SANDBOX_ENABLED}). On in dev and test, off in prod. */
    @WithDefault("false")
    boolean enabled();

    /** The bearer token the sandbox accepts, as Linq accepts only your API key. */
    @WithDefault("sandbox-token")
    String apiToken();

    /** The lines (E.164) the sandbox account owns; the first is the default sender. */
    @WithDefault("+15555550100,+15555550101")
    List<String> lines();

    /** The partner id stamped on webhook envelopes. */
    @WithDefault("sandbox-partner")
    String partnerId();

    /**
     * Where to keep the sandbox's state across restarts (written on shutdown, read on start-up). Unset: in
     * memory only. Dev mode sets it, so that a live reload keeps the chats the gateway's database refers to.
     */
    Optional<Path> stateFile();

    /** How fast an outbound message moves along. */
    Delivery delivery();

    /** How the sandbox delivers webhooks. */
    Webhooks webhooks();

    interface Delivery {
        /** From accepted to {@code sent}. */
        @WithDefault("100ms")
        Duration sentDelay();

        /** From accepted to {@code delivered}. */
        @WithDefault("300ms")
        Duration deliveredDelay();

        /** From accepted to {@code read} (iMessage only). */
        @WithDefault("600ms")
        Duration readDelay();
    }

    interface Webhooks {
        /** Attempts per event and subscription before the sandbox gives up, like Linq's bounded retries. */
        @WithDefault("5")
        int maxAttempts();

        /** Wait before the first retry; doubled per attempt. */
        @WithDefault("200ms")
        Duration initialBackoff();

        /** How long one delivery may take. */
        @WithDefault("5s")
        Duration timeout();
    }
}
