package com.caresupport.gateway.messaging;

import com.caresupport.gateway.error.UntrustedSubscriptionException;
import com.caresupport.gateway.linq.LinqClient;
import com.caresupport.gateway.linq.wire.SubscriptionUpdate;
import com.caresupport.gateway.linq.wire.WebhookEventTypes;
import com.caresupport.gateway.linq.wire.WebhookSubscription;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * Reading and changing one webhook subscription, and Linq's list of event types. No answer carries a signing
 * secret (Linq sends one only on creation). A change of target keeps the trust rule of
 * {@link MessagingService#createWebhookSubscription}: the gateway trusts a secret only while it alone knows it
 * and the subscription delivers to its own receiver.
 */
@ApplicationScoped
public class WebhookAdministration {

    private final LinqClient linq;
    private final OwnReceiver ownReceiver;
    private final KeptSecrets keptSecrets;
    private final Event<WebhookRetargeted> retargeted;

    WebhookAdministration(LinqClient linq, OwnReceiver ownReceiver, KeptSecrets keptSecrets,
            Event<WebhookRetargeted> retargeted) {
        this.linq = linq;
        this.ownReceiver = ownReceiver;
        this.keptSecrets = keptSecrets;
        this.retargeted = retargeted;
    }

    public SubscriptionView get(@NotBlank String subscriptionId) {
        return LinqMapping.subscription(linq.getWebhookSubscription(subscriptionId));
    }

    /**
     * Changes the subscription. Pointing a subscription whose secret the gateway does not keep at its own
     * receiver is refused (409) before Linq is called: its secret went to whoever created it, who could then sign
     * deliveries the gateway would act on. A kept secret follows its subscription: trusted again if it comes
     * back to the receiver, no longer trusted once it points elsewhere.
     */
    public SubscriptionView update(@NotBlank String subscriptionId, @NotNull @Valid SubscriptionChange change) {
        String target = change.versionedTargetUrl();
        boolean kept = target != null && keptSecrets.keeps(subscriptionId);
        if (target != null && !kept && ownReceiver.isOwn(target)) {
            throw new UntrustedSubscriptionException("target_url must not be this gateway's receiver for a subscription"
                    + " it did not create: the gateway does not hold its signing secret, so it would refuse its"
                    + " deliveries; create a new subscription to the gateway's receiver instead");
        }
        WebhookSubscription updated = linq.updateWebhookSubscription(subscriptionId,
                new SubscriptionUpdate(target, change.events(), change.phoneNumbers(), change.active()));
        if (kept) {
            retargeted.fire(new WebhookRetargeted(subscriptionId,
                    updated.targetUrl() != null ? updated.targetUrl() : target));
        }
        return LinqMapping.subscription(updated);
    }

    public WebhookEventTypeList eventTypes() {
        WebhookEventTypes types = linq.listWebhookEventTypes();
        return new WebhookEventTypeList(true, types.events() == null ? List.of() : types.events(), types.docUrl());
    }
}
