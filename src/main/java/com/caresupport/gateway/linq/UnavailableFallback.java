package com.caresupport.gateway.linq;

import io.quarkus.logging.Log;
import java.time.Duration;
import org.eclipse.microprofile.faulttolerance.ExecutionContext;
import org.eclipse.microprofile.faulttolerance.FallbackHandler;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

/**
 * What happens when Linq stays out of reach: every transient failure becomes one
 * {@link LinqUnavailableException} that says why and when to try again, so callers handle a single case
 * (the API answers 503 with {@code Retry-After}; the outbox keeps the message and delivers it later).
 */
public class UnavailableFallback implements FallbackHandler<Object> {

    /** Where the circuit breaker's delay is configured; an open circuit suggests waiting that long. */
    static final String CIRCUIT_DELAY_PROPERTY =
            "quarkus.fault-tolerance.\"com.caresupport.gateway.linq.LinqCircuit/call\".circuit-breaker.delay";
    private static final Duration DEFAULT_WAIT = Duration.ofSeconds(5);

    private static Duration circuitDelay() {
        return Duration.ofMillis(org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getOptionalValue(CIRCUIT_DELAY_PROPERTY, Long.class).orElse(30_000L));
    }

    @Override
    public Object handle(ExecutionContext context) {
        throw translate(context.getFailure());
    }

    static RuntimeException translate(Throwable failure) {
        if (failure instanceof OutOfBudgetException tooLong && tooLong.getCause() != null) {
            return translate(tooLong.getCause());
        }
        Log.warnf("Linq unavailable: %s", failure.getMessage());
        if (failure instanceof CircuitBreakerOpenException) {
            return new LinqUnavailableException("Linq is failing; the gateway stopped calling it for a while",
                    circuitDelay(), failure);
        }
        if (failure instanceof TimeoutException) {
            return new LinqUnavailableException("Linq did not answer in time", DEFAULT_WAIT, failure);
        }
        if (failure instanceof LinqException linq) {
            return new LinqUnavailableException(linq.getMessage(), linq.retryAfter().orElse(DEFAULT_WAIT),
                    linq.retryAfter().isPresent(), failure);
        }
        if (failure instanceof RuntimeException runtime) {
            return runtime;
        }
        return new IllegalStateException(failure);
    }
}
