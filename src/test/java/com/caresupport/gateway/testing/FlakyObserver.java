package com.caresupport.gateway.testing;

import com.caresupport.gateway.inbound.IncomingMessage;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.concurrent.atomic.AtomicInteger;

/** An observer that fails on messages starting with "FLAKY" until it has failed {@link #failures} times. */
@Singleton
public class FlakyObserver {

    public final AtomicInteger failures = new AtomicInteger();
    public final AtomicInteger calls = new AtomicInteger();
    public final AtomicInteger handled = new AtomicInteger();

    void onIncoming(@Observes IncomingMessage message) {
        if (message.body() == null || !message.body().startsWith("FLAKY")) {
            return;
        }
        calls.incrementAndGet();
        if (failures.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0) {
            throw new IllegalStateException("handler down for a moment");
        }
        handled.incrementAndGet();
    }
}
