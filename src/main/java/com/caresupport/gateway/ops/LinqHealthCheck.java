package com.caresupport.gateway.ops;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Linq's reachability as the gateway sees it: the state of its circuit breaker. An open (or half-open) circuit
 * makes the check report {@code degraded}, but the check stays UP: the gateway still accepts and queues
 * messages, so taking it out of service would turn a Linq outage into a gateway outage.
 */
@Readiness
@ApplicationScoped
public class LinqHealthCheck implements HealthCheck {

    private final OpsGauges gauges;

    LinqHealthCheck(OpsGauges gauges) {
        this.gauges = gauges;
    }

    @Override
    public HealthCheckResponse call() {
        int circuit = gauges.circuitState();
        return HealthCheckResponse.named("linq").up()
                .withData("state", circuit == 0 ? "up" : "degraded")
                .withData("circuit", switch (circuit) {
                    case 0 -> "closed";
                    case 1 -> "half-open";
                    default -> "open";
                })
                .build();
    }
}
