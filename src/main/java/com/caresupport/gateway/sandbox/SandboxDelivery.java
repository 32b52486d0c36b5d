package com.caresupport.gateway.sandbox;

import com.caresupport.gateway.sandbox.SandboxModel.Message;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Moves outbound messages along as a phone network would: queued, then sent, delivered and (over iMessage)
 * read, on the configured delays, announcing each step by webhook. Messages to a number ending in 99
 * fail instead, with code 4001.
 */
@ApplicationScoped
public class SandboxDelivery {

    private final SandboxConfig config;
    private final SandboxState state;
    private final SandboxWebhooks webhooks;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "sandbox-delivery");
        thread.setDaemon(true);
        return thread;
    });

    SandboxDelivery(SandboxConfig config, SandboxState state, SandboxWebhooks webhooks) {
        this.config = config;
        this.state = state;
        this.webhooks = webhooks;
    }

    @PreDestroy
    void stop() {
        scheduler.shutdownNow();
    }

    void track(Message message) {
        int generation = state.generation.get();
        boolean fails = message.chat.recipients().stream().anyMatch(ServiceRule::undeliverable);
        later(config.delivery().sentDelay(), generation, () -> {
            if (fails) {
                fail(message);
            } else {
                step(message, "sent");
            }
        });
        if (fails) {
            return;
        }
        later(config.delivery().deliveredDelay(), generation, () -> step(message, "delivered"));
        if ("iMessage".equals(message.service)) {
            later(config.delivery().readDelay(), generation, () -> step(message, "read"));
        }
    }

    private void later(Duration delay, int generation, Runnable step) {
        scheduler.schedule(() -> {
            if (state.generation.get() == generation) {
                step.run();
            }
        }, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void step(Message message, String status) {
        synchronized (state.lock) {
            Instant now = Instant.now();
            message.deliveryStatus = status;
            message.updatedAt = now;
            if (message.sentAt == null) {
                message.sentAt = now;
            }
            if (!status.equals("sent") && message.deliveredAt == null) {
                message.deliveredAt = now;
            }
            if (status.equals("read")) {
                message.readAt = now;
            }
        }
        webhooks.emit("message." + status, version -> SandboxEvents.message(message, version));
    }

    private void fail(Message message) {
        synchronized (state.lock) {
            message.deliveryStatus = "failed";
            message.updatedAt = Instant.now();
        }
        webhooks.emit("message.failed", version -> SandboxJson.object().put("code", 4001)
                .put("failed_at", Instant.now().toString()).put("chat_id", message.chat.id)
                .put("message_id", message.id).put("reason", "The recipient's carrier did not accept the message"));
    }
}
