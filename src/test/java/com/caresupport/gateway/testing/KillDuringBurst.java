package com.caresupport.gateway.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The worst moment for a crash, made on purpose: sixteen callers send requests to the packaged gateway in a
 * loop, each under a fresh id, and the process is killed with SIGKILL in the middle of the burst (once enough
 * requests were acknowledged, or after a bound). What a test then checks is that every acknowledged request
 * survived the kill.
 */
public final class KillDuringBurst {

    private static final int SENDERS = 16;
    /** Fewer acknowledgements than this before the kill, and the test proves nothing. */
    private static final int AT_LEAST = 50;

    /**
     * @param request sends one request under the given id; the acknowledgement's payload when the gateway
     *                answered 2xx, empty otherwise (it may throw once the process is gone)
     * @return each acknowledged id with its payload
     */
    public static <T> Map<String, T> acknowledged(GatewayProcess gateway, String idPrefix, int killAfter, Duration within,
            Request<T> request) throws InterruptedException {
        return acknowledged(gateway, idPrefix, killAfter, within, request, GatewayProcess::kill);
    }

    /** As above, ended by {@code end} instead of SIGKILL: {@link GatewayProcess#stop} is an orderly stop (SIGTERM). */
    public static <T> Map<String, T> acknowledged(GatewayProcess gateway, String idPrefix, int killAfter, Duration within,
            Request<T> request, End end) throws InterruptedException {
        Map<String, T> acknowledged = new ConcurrentHashMap<>();
        AtomicBoolean sending = new AtomicBoolean(true);
        ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
        for (int i = 0; i < SENDERS; i++) {
            senders.submit(() -> {
                while (sending.get()) {
                    String id = idPrefix + UUID.randomUUID();
                    try {
                        request.send(id).ifPresent(payload -> acknowledged.put(id, payload));
                    } catch (Exception e) {
                        // The process is gone: this request was never acknowledged.
                    }
                }
                return null;
            });
        }
        Instant until = Instant.now().plus(within);
        while (acknowledged.size() < killAfter && Instant.now().isBefore(until)) {
            Thread.sleep(20);
        }
        // No new requests from here, as when an orchestrator takes the process out of its service; the requests in
        // flight still are when the process ends. A stop would otherwise drain for as long as callers kept sending.
        sending.set(false);
        end.end(gateway);
        senders.shutdown();
        assertTrue(senders.awaitTermination(30, TimeUnit.SECONDS));
        assertTrue(acknowledged.size() >= AT_LEAST, "the burst got going before the kill: " + acknowledged.size());
        return Map.copyOf(acknowledged);
    }

    /** How the burst's process ends. */
    @FunctionalInterface
    public interface End {
        void end(GatewayProcess gateway) throws InterruptedException;
    }

    /** One request of the burst. */
    @FunctionalInterface
    public interface Request<T> {
        Optional<T> send(String id) throws Exception;
    }

    private KillDuringBurst() {
    }
}
