package com.caresupport.gateway.linq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The wait between attempts: Linq's advice first, else exponential backoff with jitter, capped. */
class LinqBackoffTest {

    @Test
    void followsRetryAfterWhenLinqGivesIt() {
        LinqBackoff backoff = new LinqBackoff();
        backoff.init(500);
        var limited = new LinqRateLimitedException(1007, "slow down", null, null, Duration.ofSeconds(2));
        assertEquals(2000, backoff.nextDelayInMillis(limited));
    }

    @Test
    void backsOffExponentiallyWithUpToAQuarterOfJitterAndACap() {
        LinqBackoff backoff = new LinqBackoff();
        backoff.init(500);
        var failure = new LinqServerException(503, null, "down", null, null, null);
        long[] bounds = { 500, 1000, 2000, 4000, 8000, 8000 };
        for (long upper : bounds) {
            long delay = backoff.nextDelayInMillis(failure);
            assertTrue(delay <= upper && delay >= upper * 3 / 4, "delay " + delay + " outside (" + upper + ")");
        }
    }
}
