package com.caresupport.gateway.testing;

import com.caresupport.gateway.webhook.ChatChanged;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.concurrent.atomic.AtomicInteger;

/** Application code that fails the first time it hears about chat "flaky-chat", then works. */
@Singleton
public class FlakyChatObserver {

    public final AtomicInteger calls = new AtomicInteger();

    void onChat(@Observes ChatChanged change) {
        if ("flaky-chat".equals(change.chatId()) && calls.incrementAndGet() == 1) {
            throw new IllegalStateException("directory service briefly unavailable");
        }
    }
}
