package com.caresupport.gateway.retention;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/** Runs the retention purge on a schedule (every {@code gateway.retention.interval}), on every instance. */
@ApplicationScoped
public class RetentionJob {

    private final RetentionPurge purge;
    private final RetentionConfig config;

    RetentionJob(RetentionPurge purge, RetentionConfig config) {
        this.purge = purge;
        this.config = config;
    }

    @Scheduled(identity = "retention", every = "${gateway.retention.interval:1h}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        if (!config.enabled()) {
            return;
        }
        try {
            RetentionPurge.Report report = purge.purge(Instant.now());
            if (report.total() > 0) {
                Log.infof("Retention purge: %s", report);
            }
        } catch (RuntimeException e) {
            // The next run picks up where this one stopped; every finished batch is committed.
            Log.warnf(e, "Retention purge failed");
        }
    }
}
