package com.caresupport.gateway.ops;

import com.caresupport.gateway.webhook.DeliveryStatusChanged;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** {@code linq_gateway_message_failed_total}: Linq's {@code message.failed} reports, by Linq's error code. */
@ApplicationScoped
public class FailureMetrics {

    private final MeterRegistry registry;

    FailureMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void onStatus(@Observes DeliveryStatusChanged change) {
        if ("failed".equals(change.status())) {
            registry.counter("linq.gateway.message.failed", "code",
                    change.errorCode() == null ? "none" : change.errorCode().toString()).increment();
        }
    }
}
