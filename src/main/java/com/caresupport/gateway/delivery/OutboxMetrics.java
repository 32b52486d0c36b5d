package com.caresupport.gateway.delivery;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;

/**
 * What an alert should watch: how many messages wait for Linq and how long the oldest has waited
 * ({@code /q/metrics}: {@code linq_gateway_outbox_pending}, {@code linq_gateway_outbox_oldest_pending_seconds}).
 */
@ApplicationScoped
public class OutboxMetrics {

    void register(@Observes StartupEvent event, MeterRegistry registry) {
        Gauge.builder("linq.gateway.outbox.pending", this, OutboxMetrics::pending)
                .description("Messages accepted but not yet delivered to Linq").register(registry);
        Gauge.builder("linq.gateway.outbox.oldest.pending.seconds", this, OutboxMetrics::oldestPendingSeconds)
                .description("Age of the oldest message still waiting for Linq").register(registry);
    }

    double pending() {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEntry.count("state", OutboxEntry.State.PENDING));
    }

    double oldestPendingSeconds() {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEntry.<OutboxEntry>find(
                "state = ?1 order by createdAt", OutboxEntry.State.PENDING).firstResultOptional()
                .map(e -> (double) Duration.between(e.createdAt, Instant.now()).toSeconds()).orElse(0.0));
    }
}
