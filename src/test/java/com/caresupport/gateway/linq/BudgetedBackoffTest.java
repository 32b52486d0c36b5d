package com.caresupport.gateway.linq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** A retry's wait is allowed only while it and one more whole attempt fit in the call's budget. */
class BudgetedBackoffTest {

    private static final Duration BUDGET = Duration.ofSeconds(5);
    private static final Duration ATTEMPT = Duration.ofSeconds(2);

    private final AtomicLong now = new AtomicLong(1_000_000);

    private BudgetedBackoff started() {
        BudgetedBackoff backoff = new BudgetedBackoff(now::get, BUDGET, ATTEMPT);
        backoff.init(500);
        return backoff;
    }

    private static LinqRateLimitedException rateLimited(long seconds) {
        return new LinqRateLimitedException(1007, "slow down", null, null, Duration.ofSeconds(seconds));
    }

    @Test
    void retryAfterThatFitsIsWaitedFor() {
        assertEquals(2000, started().nextDelayInMillis(rateLimited(2)));
    }

    @Test
    void retryAfterLongerThanTheBudgetEndsTheCallWithoutWaiting() {
        OutOfBudgetException out = assertThrows(OutOfBudgetException.class, () -> started().nextDelayInMillis(rateLimited(120)));
        assertEquals(Duration.ofSeconds(120), out.waitNeeded());
        assertEquals(429, ((LinqException) out.getCause()).status());
    }

    @Test
    void waitThatLeavesNoRoomForAWholeAttemptEndsTheCall() {
        BudgetedBackoff backoff = started();
        now.addAndGet(2_500);
        assertThrows(OutOfBudgetException.class, () -> backoff.nextDelayInMillis(rateLimited(1)));
    }
}
