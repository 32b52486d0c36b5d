package com.caresupport.gateway.linq;

import com.caresupport.gateway.privacy.LogMask;
import io.quarkus.logging.Log;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.time.Duration;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

/**
 * What a caller sees when Linq stays out of reach, outside the retry and circuit breaker: every transient
 * failure becomes one {@link LinqUnavailableException} that says why and when to try again, so callers handle
 * a single case (the API answers 503 with {@code Retry-After}; the outbox keeps the message and delivers it
 * later). Linq's refusals pass through unchanged. Its priority puts it outside SmallRye's interceptor
 * ({@code PLATFORM_AFTER + 10}), where a fallback would sit, but it serves every return type.
 */
@LinqCall
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_AFTER)
public class LinqUnavailability {

    /** Where the circuit breaker's delay is configured; an open circuit suggests waiting that long. */
    static final String CIRCUIT_DELAY_PROPERTY = "quarkus.fault-tolerance.global.circuit-breaker.delay";
    private static final Duration DEFAULT_WAIT = Duration.ofSeconds(5);

    @AroundInvoke
    Object call(InvocationContext call) throws Exception {
        try {
            return call.proceed();
        } catch (LinqRejectedException e) {
            throw e;
        } catch (Exception e) {
            throw translate(e);
        }
    }

    static RuntimeException translate(Throwable failure) {
        if (failure instanceof OutOfBudgetException tooLong && tooLong.getCause() != null) {
            return translate(tooLong.getCause());
        }
        if (failure instanceof LinqRejectedException rejected) {
            return rejected;
        }
        // Linq's own words may name a patient's number (a 429 about an audit of +1…): masked like every WARN.
        Log.warnf("Linq unavailable: %s", LogMask.in(failure.getMessage()));
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

    private static Duration circuitDelay() {
        return Duration.ofMillis(ConfigProvider.getConfig().getValue(CIRCUIT_DELAY_PROPERTY, Long.class));
    }
}
