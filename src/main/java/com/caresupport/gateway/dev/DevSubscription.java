package com.caresupport.gateway.dev;

import com.caresupport.gateway.messaging.MessagingService;
import com.caresupport.gateway.messaging.SubscriptionSpec;
import com.caresupport.gateway.messaging.SubscriptionView;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * In dev mode, subscribes the gateway's own webhook receiver to the sandbox once the server is up (the
 * sandbox is served by this very process, so this cannot happen during start-up itself). The signing
 * secret it gets back is remembered like that of any subscription the gateway creates.
 */
@ApplicationScoped
public class DevSubscription {

    private final MessagingService messaging;
    private final DevSubscriptionConfig config;
    private final AtomicBoolean done = new AtomicBoolean();

    DevSubscription(MessagingService messaging, DevSubscriptionConfig config) {
        this.messaging = messaging;
        this.config = config;
    }

    @Scheduled(identity = "dev-subscription", every = "5s", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void subscribe() {
        if (!config.enabled() || done.get()) {
            return;
        }
        try {
            String target = new SubscriptionSpec(config.targetUrl(), config.events(), null).versionedTargetUrl();
            boolean exists = messaging.listWebhookSubscriptions().subscriptions().stream()
                    .map(SubscriptionView::targetUrl).anyMatch(target::equals);
            if (!exists) {
                var created = messaging.createWebhookSubscription(new SubscriptionSpec(config.targetUrl(), config.events(), null));
                Log.infof("Dev mode: the sandbox now delivers webhooks to %s (subscription %s)", target,
                        created.subscriptionId());
            }
            done.set(true);
        } catch (RuntimeException e) {
            Log.debugf("Dev mode webhook subscription not made yet: %s", e.getMessage());
        }
    }
}
