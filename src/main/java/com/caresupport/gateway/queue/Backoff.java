package com.caresupport.gateway.queue;

import java.time.Duration;

/**
 * The wait before the next attempt: {@code initial} doubled per failed attempt, never more than {@code max}.
 * The one retry schedule of every work queue (and of Linq calls, in milliseconds).
 */
public record Backoff(Duration initial, Duration max) {

    /** The wait after {@code attempts} failed attempts (the first failure waits {@code initial}). */
    public Duration after(int attempts) {
        return Duration.ofMillis(millis(initial.toMillis(), attempts - 1, max.toMillis()));
    }

    /** {@code min(initial × 2^doublings, max)}, without overflow for any number of doublings. */
    public static long millis(long initial, int doublings, long max) {
        int n = Math.max(doublings, 0);
        if (initial <= 0) {
            return Math.min(0, max);
        }
        // initial ≤ max / 2^n is exactly when the doubled value stays within the cap (and a long).
        return n >= Long.SIZE - 1 || initial > (max >> n) ? max : initial << n;
    }
}
