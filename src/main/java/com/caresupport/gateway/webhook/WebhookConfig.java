package com.caresupport.gateway.webhook;

import com.caresupport.gateway.queue.RetrySchedule;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How the webhook receiver checks and processes Linq's deliveries (retries: {@link RetrySchedule}). */
@ConfigMapping(prefix = "gateway.webhook")
public interface WebhookConfig extends RetrySchedule {

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

    /**
     * Threads processing stored events right after they are received; each processes the events waiting at
     * that moment in one transaction, so more threads mostly queue on the database (and on the rows of the
     * chats they share).
     */
    @WithDefault("1")
    int processingThreads();

    /**
     * Stored events waiting for those threads, at most; beyond it an event waits in the table, where those
     * threads look for it once the queue is empty (and the retry job every {@code retry-interval}).
     */
    @WithDefault("20000")
    int processingQueue();

    /**
     * Accepted deliveries waiting for the writer's next commit, at most. Past it the database is that far behind:
     * a delivery is answered 503 with {@code Retry-After: 1} and not stored, and Linq delivers it again later.
     */
    @WithDefault("1024")
    int writerQueue();
}
