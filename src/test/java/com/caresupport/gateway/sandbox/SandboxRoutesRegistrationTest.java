package com.caresupport.gateway.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The routing table fills itself on the first request: requests racing to be first all see every route, and
 * the endpoints are asked to register exactly once.
 */
class SandboxRoutesRegistrationTest {

    private static final int ROUTES = 40;

    @Test
    void concurrentFirstRequestsAllSeeEveryRouteAndRegistrationHappensOnce() throws Exception {
        AtomicInteger fired = new AtomicInteger();
        SandboxRoutes[] table = new SandboxRoutes[1];
        table[0] = new SandboxRoutes(new FiringEvent(() -> {
            fired.incrementAndGet();
            for (int i = 0; i < ROUTES; i++) {
                table[0].add("GET", "/r" + i + "/{id}", r -> SandboxResponse.noContent());
                Thread.yield();
            }
        }));
        int threads = 16;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                // Each asks for the last route, which a half-filled table would not have.
                Callable<Boolean> lookup = () -> {
                    start.await();
                    return table[0].match("GET", "/r" + (ROUTES - 1) + "/x").isPresent();
                };
                results.add(pool.submit(lookup));
            }
            start.countDown();
            for (Future<Boolean> result : results) {
                assertTrue(result.get(30, TimeUnit.SECONDS), "a racing first request missed a route");
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, fired.get(), "registration ran once");
        assertTrue(table[0].match("GET", "/r0/y").isPresent());
        assertEquals(1, fired.get());
    }

    /** Just enough of CDI's Event: fire runs the given registration synchronously, as CDI does. */
    private record FiringEvent(Runnable observers) implements Event<SandboxRoutes.Registering> {

        @Override
        public void fire(SandboxRoutes.Registering event) {
            observers.run();
        }

        @Override
        public <U extends SandboxRoutes.Registering> CompletionStage<U> fireAsync(U event) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends SandboxRoutes.Registering> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Event<SandboxRoutes.Registering> select(Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends SandboxRoutes.Registering> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends SandboxRoutes.Registering> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }
    }
}
