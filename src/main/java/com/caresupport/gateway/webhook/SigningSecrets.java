package com.caresupport.gateway.webhook;

import com.caresupport.gateway.config.LinqConfig;
import com.caresupport.gateway.config.Secret;
import com.caresupport.gateway.messaging.WebhookSubscribed;
import com.caresupport.gateway.messaging.WebhookUnsubscribed;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The secrets a delivery may be signed with: those configured ({@code LINQ_WEBHOOK_SIGNING_SECRET}, several
 * during a rotation) and those of subscriptions the gateway created itself.
 */
@ApplicationScoped
public class SigningSecrets {

    private final LinqConfig linq;

    SigningSecrets(LinqConfig linq) {
        this.linq = linq;
    }

    public List<String> all() {
        List<String> secrets = new ArrayList<>();
        linq.webhookSigningSecrets().orElse(List.of()).stream().map(Secret::reveal).filter(s -> !s.isBlank())
                .forEach(secrets::add);
        QuarkusTransaction.joiningExisting().run(() -> StoredSigningSecret.<StoredSigningSecret>listAll()
                .forEach(stored -> secrets.add(stored.secret)));
        return secrets;
    }

    void remember(@Observes WebhookSubscribed subscribed) {
        QuarkusTransaction.requiringNew().run(() -> {
            StoredSigningSecret stored = new StoredSigningSecret();
            stored.subscriptionId = subscribed.subscriptionId();
            stored.secret = subscribed.signingSecret().reveal();
            stored.createdAt = Instant.now();
            StoredSigningSecret.getEntityManager().merge(stored);
        });
    }

    void forget(@Observes WebhookUnsubscribed unsubscribed) {
        QuarkusTransaction.requiringNew().run(() -> StoredSigningSecret.deleteById(unsubscribed.subscriptionId()));
    }
}
