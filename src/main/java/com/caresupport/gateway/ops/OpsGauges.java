package com.caresupport.gateway.ops;

import com.caresupport.gateway.linq.LinqCircuit;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.smallrye.faulttolerance.api.CircuitBreakerState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;

/**
 * State an on-call engineer alerts on, read when Prometheus scrapes: the Linq circuit
 * ({@code linq_gateway_linq_circuit_state}: 0 closed, 1 half-open, 2 open), the outbox and the webhook backlog
 * with the age of their oldest, inbound messages by handling state, and messages by service and status. Every
 * database figure comes from {@link Backlog}, which reads it at most every two seconds, however many gauges a
 * scrape reads.
 */
@ApplicationScoped
public class OpsGauges {

    static final List<String> SERVICES = List.of("iMessage", "RCS", "SMS", "unknown");
    static final List<String> STATUSES = List.of("queued", "pending", "sent", "delivered", "read", "failed");

    private final CircuitBreakerMaintenance circuits;
    private final Backlog backlog;

    OpsGauges(CircuitBreakerMaintenance circuits, Backlog backlog) {
        this.circuits = circuits;
        this.backlog = backlog;
    }

    void register(@Observes StartupEvent event, MeterRegistry registry) {
        Gauge.builder("linq.gateway.linq.circuit.state", this, OpsGauges::circuitState)
                .description("The Linq circuit breaker: 0 closed, 1 half-open, 2 open").register(registry);
        Gauge.builder("linq.gateway.outbox.pending", backlog, b -> b.snapshot().outboxPending())
                .description("Messages accepted but not yet delivered to Linq").register(registry);
        Gauge.builder("linq.gateway.outbox.oldest.pending.seconds", backlog, b -> b.snapshot().oldestOutboxSeconds())
                .description("Age of the oldest message still waiting for Linq").register(registry);
        Gauge.builder("linq.gateway.webhook.backlog", backlog, b -> b.snapshot().webhookBacklog())
                .description("Webhook deliveries stored but not processed yet").register(registry);
        Gauge.builder("linq.gateway.webhook.oldest.unprocessed.seconds", backlog,
                b -> b.snapshot().oldestWebhookSeconds())
                .description("Age of the oldest webhook delivery not processed yet").register(registry);
        for (String state : List.of("pending", "handled", "failed")) {
            Gauge.builder("linq.gateway.inbound.messages", backlog, b -> b.totals().inbound(state))
                    .tag("state", state).description("Inbound messages by handling state").register(registry);
        }
        for (String service : SERVICES) {
            for (String status : STATUSES) {
                Gauge.builder("linq.gateway.messages", backlog, b -> b.totals().messages(service, status))
                        .tags("service", service, "status", status)
                        .description("Outbound messages by service and current status").register(registry);
            }
        }
    }

    public int circuitState() {
        CircuitBreakerState state = circuits.currentState(LinqCircuit.NAME);
        return switch (state) {
            case CLOSED -> 0;
            case HALF_OPEN -> 1;
            case OPEN -> 2;
        };
    }
}
