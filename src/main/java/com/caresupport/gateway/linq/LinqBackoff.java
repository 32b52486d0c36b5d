package com.caresupport.gateway.linq;

import io.smallrye.faulttolerance.api.CustomBackoffStrategy;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The wait before a retry: what Linq asked for when it said ({@code retry-after-ms}, {@code Retry-After}),
 * otherwise {@code min(initial × 2^n, 16 × initial) × (1 − random × 0.25)}, the schedule of Linq's own
 * clients (0.5 s initial: about 375–500 ms, then 750–1000 ms, capped at 8 s). The initial delay is the
 * {@code @Retry(delay)} of the guarded method, so it is configurable like any other retry setting.
 */
public class LinqBackoff implements CustomBackoffStrategy {

    private static final long MAX_FACTOR = 16;

    private long initialMillis;
    private int attempt;

    @Override
    public void init(long initialDelayInMillis) {
        this.initialMillis = Math.max(1, initialDelayInMillis);
    }

    @Override
    public long nextDelayInMillis(Throwable cause) {
        int n = attempt++;
        if (cause instanceof LinqException linq && linq.retryAfter().isPresent()) {
            return linq.retryAfter().get().toMillis();
        }
        long base = com.caresupport.gateway.queue.Backoff.millis(initialMillis, n, initialMillis * MAX_FACTOR);
        return Math.round(base * (1 - ThreadLocalRandom.current().nextDouble() * 0.25));
    }
}
