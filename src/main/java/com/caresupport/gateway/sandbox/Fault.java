package com.caresupport.gateway.sandbox;

import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * An injected failure for calls whose path (after {@code /v3}) matches {@code path}: an error status
 * (nothing is performed), a raw {@code body} (with {@code status}, default 200; nothing is performed), added
 * latency (then the call is performed), or a dropped connection; for the next
 * {@code count} matching calls, or for a share {@code rate} of them.
 */
final class Fault {

    final String id;
    final Pattern path;
    final String method;
    final Integer status;
    final Integer retryAfter;
    final Map<String, String> headers;
    final int latencyMillis;
    final boolean dropConnection;
    final String body;
    final Double rate;
    private final AtomicInteger remaining;

    Fault(String id, Pattern path, String method, Integer status, Integer retryAfter, Map<String, String> headers,
            int latencyMillis, boolean dropConnection, String body, Integer count, Double rate) {
        this.id = id;
        this.path = path;
        this.method = method;
        this.status = status;
        this.retryAfter = retryAfter;
        this.headers = headers;
        this.latencyMillis = latencyMillis;
        this.dropConnection = dropConnection;
        this.body = body;
        this.rate = rate;
        this.remaining = count == null ? null : new AtomicInteger(count);
    }

    /** Whether this fault hits the call; a hit uses up one of {@code count}. */
    boolean hits(String callMethod, String callPath) {
        if (method != null && !method.equalsIgnoreCase(callMethod) || !path.matcher(callPath).find()) {
            return false;
        }
        if (remaining != null) {
            return remaining.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0;
        }
        return rate == null || ThreadLocalRandom.current().nextDouble() < rate;
    }
}
