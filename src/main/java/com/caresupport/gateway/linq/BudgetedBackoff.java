package com.caresupport.gateway.linq;

import io.smallrye.faulttolerance.api.CustomBackoffStrategy;
import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * {@link LinqBackoff}'s wait, refused when it would not leave room for one more whole attempt inside the call's
 * budget. SmallRye checks {@code maxDuration} only before it sleeps, so a two-minute {@code Retry-After} would
 * park the caller for two minutes; instead this throws {@link OutOfBudgetException}, which SmallRye's retry
 * hands, as the call's failure, to {@link LinqUnavailability} without sleeping. One instance per call.
 */
public class BudgetedBackoff implements CustomBackoffStrategy {

    private final LinqBackoff wanted = new LinqBackoff();
    private final LongSupplier clockMillis;
    private final Duration budget;
    private final Duration attemptTimeout;
    private long startedAt;

    public BudgetedBackoff() {
        this(System::currentTimeMillis, LinqWaits.budget(), LinqWaits.attemptTimeout());
    }

    BudgetedBackoff(LongSupplier clockMillis, Duration budget, Duration attemptTimeout) {
        this.clockMillis = clockMillis;
        this.budget = budget;
        this.attemptTimeout = attemptTimeout;
        this.startedAt = clockMillis.getAsLong();
    }

    @Override
    public void init(long initialDelayInMillis) {
        wanted.init(initialDelayInMillis);
        startedAt = clockMillis.getAsLong();
    }

    @Override
    public long nextDelayInMillis(Throwable cause) {
        long wait = wanted.nextDelayInMillis(cause);
        long remaining = budget.toMillis() - (clockMillis.getAsLong() - startedAt);
        if (wait + attemptTimeout.toMillis() > remaining) {
            throw new OutOfBudgetException(cause, Duration.ofMillis(wait));
        }
        return wait;
    }
}
