package com.caresupport.gateway.ops;

import io.smallrye.health.api.HealthGroup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * Work piling up: the outbox's oldest message and the webhook backlog against {@link HealthConfig}'s thresholds.
 * It lives in its own group ({@code /q/health/group/backlog}), not in readiness: a backlog is a reason to look,
 * and taking the gateway out of service would only make it grow.
 */
@HealthGroup("backlog")
@ApplicationScoped
public class BacklogHealthCheck implements HealthCheck {

    private final Backlog backlog;
    private final HealthConfig config;

    BacklogHealthCheck(Backlog backlog, HealthConfig config) {
        this.backlog = backlog;
        this.config = config;
    }

    @Override
    public HealthCheckResponse call() {
        Backlog.Snapshot now = backlog.read();
        List<String> over = new ArrayList<>();
        if (now.oldestOutboxSeconds() > config.outboxMaxAge().toSeconds()) {
            over.add("outbox-age");
        }
        if (now.webhookBacklog() > config.webhookBacklogMax()) {
            over.add("webhook-backlog");
        }
        if (now.oldestWebhookSeconds() > config.webhookMaxAge().toSeconds()) {
            over.add("webhook-age");
        }
        return HealthCheckResponse.named("backlog").status(over.isEmpty())
                .withData("outbox_pending", now.outboxPending())
                .withData("outbox_oldest_seconds", (long) now.oldestOutboxSeconds())
                .withData("outbox_max_age_seconds", config.outboxMaxAge().toSeconds())
                .withData("webhook_backlog", now.webhookBacklog())
                .withData("webhook_backlog_max", config.webhookBacklogMax())
                .withData("webhook_oldest_seconds", (long) now.oldestWebhookSeconds())
                .withData("webhook_max_age_seconds", config.webhookMaxAge().toSeconds())
                .withData("over_threshold", over.isEmpty() ? "none" : String.join(",", over))
                .build();
    }

}
