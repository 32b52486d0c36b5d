package com.caresupport.gateway.webhook;

import com.caresupport.gateway.config.LinqConfig;
import com.caresupport.gateway.config.Secret;
import com.caresupport.gateway.messaging.KeptSecrets;
import com.caresupport.gateway.messaging.OwnReceiver;
import com.caresupport.gateway.messaging.WebhookRetargeted;
import com.caresupport.gateway.messaging.WebhookSubscribed;
import com.caresupport.gateway.messaging.WebhookUnsubscribed;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The secrets a delivery may be signed with: those configured ({@code LINQ_WEBHOOK_SIGNING_SECRET}, several
 * during a rotation) and those kept for subscriptions to this gateway's own receiver. Held in memory so that
 * a refused delivery costs no database query; reloaded when this instance subscribes or unsubscribes, and
 * every {@code gateway.webhook.secrets-refresh} to see what other instances (or the CLI) subscribed.
 */
@ApplicationScoped
public class SigningSecrets implements KeptSecrets {

    private final LinqConfig linq;
    private final OwnReceiver receiver;
    private volatile List<String> trusted;

    SigningSecrets(LinqConfig linq, OwnReceiver receiver) {
        this.linq = linq;
        this.receiver = receiver;
    }

    /** Every secret a genuine delivery may be signed with, from memory. */
    public List<String> all() {
        List<String> current = trusted;
        return current != null ? current : refresh();
    }

    /** Whether {@link #all()} answers from memory, without loading the kept secrets from the database. */
    public boolean loaded() {
        return trusted != null;
    }

    @Scheduled(identity = "webhook-secrets", every = "${gateway.webhook.secrets-refresh:1m}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void reload() {
        refresh();
    }

    /** Reloads the trusted secrets; synchronized so that an older reload never overwrites a newer one. */
    synchronized List<String> refresh() {
        List<String> secrets = new ArrayList<>();
        linq.webhookSigningSecrets().orElse(List.of()).stream().map(Secret::reveal).filter(s -> !s.isBlank())
                .forEach(secrets::add);
        QuarkusTransaction.requiringNew().run(() -> StoredSigningSecret.<StoredSigningSecret>listAll().stream()
                .filter(stored -> receiver.isOwn(stored.targetUrl))
                .forEach(stored -> secrets.add(stored.secret)));
        trusted = List.copyOf(secrets);
        return trusted;
    }

    void remember(@Observes WebhookSubscribed subscribed) {
        QuarkusTransaction.requiringNew().run(() -> {
            StoredSigningSecret stored = new StoredSigningSecret();
            stored.subscriptionId = subscribed.subscriptionId();
            stored.secret = subscribed.signingSecret().reveal();
            stored.targetUrl = subscribed.targetUrl();
            stored.createdAt = Instant.now();
            StoredSigningSecret.getEntityManager().merge(stored);
        });
        refresh();
    }

    void forget(@Observes WebhookUnsubscribed unsubscribed) {
        QuarkusTransaction.requiringNew().run(() -> StoredSigningSecret.deleteById(unsubscribed.subscriptionId()));
        refresh();
    }

    @Override
    public boolean keeps(String subscriptionId) {
        return QuarkusTransaction.requiringNew().call(() -> StoredSigningSecret.findById(subscriptionId) != null);
    }

    /** The kept secret follows its subscription's target, so {@link #refresh} trusts it only while that is ours. */
    void follow(@Observes WebhookRetargeted retargeted) {
        QuarkusTransaction.requiringNew().run(() -> {
            StoredSigningSecret stored = StoredSigningSecret.findById(retargeted.subscriptionId());
            if (stored != null) {
                stored.targetUrl = retargeted.targetUrl();
            }
        });
        refresh();
    }
}
