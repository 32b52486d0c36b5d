package com.caresupport.gateway.webhook;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The signing secret of a subscription the gateway created to its own receiver. Linq shows a secret only
 * once, so the gateway keeps it to verify that subscription's deliveries; it is never logged or returned by
 * the API. Rows whose {@code targetUrl} is not the current receiver (or is unknown) are not trusted.
 */
@Entity
@Table(name = "webhook_secret")
public class StoredSigningSecret extends PanacheEntityBase {

    @Id
    @Column(name = "subscription_id")
    public String subscriptionId;

    public String secret;

    @Column(name = "target_url")
    public String targetUrl;

    @Column(name = "created_at")
    public Instant createdAt;

    @Override
    public String toString() {
        return "StoredSigningSecret[" + subscriptionId + " -> " + targetUrl + "]";
    }
}
