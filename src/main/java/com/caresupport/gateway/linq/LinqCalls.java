package com.caresupport.gateway.linq;

import io.smallrye.faulttolerance.api.CustomBackoff;
import io.smallrye.faulttolerance.api.RetryWhen;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;

/**
 * The two retry policies of the gateway, decided by what Linq can deduplicate.
 * <ul>
 * <li>{@link #deduplicated}: reads, and sends that carry an idempotency key. Repeated on 429, 408, 5xx,
 * timeouts and connection failures, as Linq's own clients do.</li>
 * <li>{@link #unrepeatable}: reactions, voice memos, participants, edits. Repeated only when the failure
 * proves Linq did not act (connection refused, 429) or Linq asks for it ({@code x-should-retry: true}).</li>
 * </ul>
 * Both wait as Linq asks ({@code retry-after-ms}, {@code Retry-After}), else back off exponentially with
 * jitter, but never past the call budget ({@link BudgetedBackoff}), and both end in
 * {@link UnavailableFallback} when Linq stays out of reach.
 *
 * <p>The methods return {@code Object} because fault-tolerance fallbacks must match the guarded method's
 * return type exactly; {@link LinqClient} restores the types.
 */
@ApplicationScoped
public class LinqCalls {

    private final LinqCircuit circuit;

    LinqCalls(LinqCircuit circuit) {
        this.circuit = circuit;
    }

    @Retry(maxRetries = 2, delay = 500, jitter = 0)
    @RetryWhen(exception = RetryPredicates.Deduplicated.class)
    @CustomBackoff(BudgetedBackoff.class)
    @Fallback(value = UnavailableFallback.class, skipOn = LinqRejectedException.class)
    public Object deduplicated(Supplier<?> request) {
        return circuit.call(request);
    }

    @Retry(maxRetries = 2, delay = 500, jitter = 0)
    @RetryWhen(exception = RetryPredicates.Unrepeatable.class)
    @CustomBackoff(BudgetedBackoff.class)
    @Fallback(value = UnavailableFallback.class, skipOn = LinqRejectedException.class)
    public Object unrepeatable(Supplier<?> request) {
        return circuit.call(request);
    }
}
