package com.caresupport.gateway.linq;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.config.SmallRyeConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Where the call budget and the per-attempt timeout are configured, for code that SmallRye instantiates
 * itself and so cannot inject them ({@link BudgetedBackoff}); and the start-up check that an attempt fits
 * in the budget, so that even a first attempt that hangs cannot hold a caller past it.
 */
@ApplicationScoped
public class LinqWaits {

    /** The per-attempt timeout of {@link LinqCircuit}'s {@code @Timeout}, in milliseconds. */
    static final String ATTEMPT_TIMEOUT_PROPERTY = "quarkus.fault-tolerance.global.timeout.value";

    static Duration budget() {
        return ConfigProvider.getConfig().unwrap(SmallRyeConfig.class).getConfigMapping(LinqWaitConfig.class).budget();
    }

    static Duration attemptTimeout() {
        return Duration.ofMillis(ConfigProvider.getConfig().getValue(ATTEMPT_TIMEOUT_PROPERTY, Long.class));
    }

    /** Injecting the mapping here also registers it, which {@link #budget()} relies on. */
    void check(@Observes StartupEvent start, LinqWaitConfig config) {
        if (attemptTimeout().compareTo(config.budget()) > 0) {
            throw new IllegalStateException("The Linq attempt timeout (" + attemptTimeout() + ", " + ATTEMPT_TIMEOUT_PROPERTY
                    + ") must not exceed the call budget (" + config.budget() + ", LINQ_WAIT_BUDGET)");
        }
    }
}
