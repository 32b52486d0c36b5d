package com.caresupport.gateway.testing;

import com.caresupport.gateway.delivery.OutboxEntry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of tests that go through the gateway to the sandbox: each starts from an empty sandbox with no
 * faults, a closed circuit and nothing left in the outbox, so no test sees another's state.
 */
public abstract class LinqTestSupport {

    @Inject
    protected CircuitBreakerMaintenance circuitBreakers;

    @BeforeEach
    void cleanLinq() {
        QuarkusTransaction.requiringNew().run(() -> OutboxEntry.update("state = ?1 where state = ?2",
                OutboxEntry.State.FAILED, OutboxEntry.State.PENDING));
        SandboxControl.reset();
        circuitBreakers.resetAll();
    }
}
