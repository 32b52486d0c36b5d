package com.caresupport.gateway.delivery;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/** One state a message reached, when, and who said so (the API, the outbox, a webhook, the poller). */
@Entity
@Table(name = "message_status")
public class StatusChange extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "message_id")
    public String messageId;

    @Enumerated(EnumType.STRING)
    public DeliveryStatus status;

    @Column(name = "occurred_at")
    public Instant occurredAt;

    public String source;

    public String detail;

    public static List<StatusChange> history(String messageId) {
        return list("messageId = ?1 order by occurredAt, id", messageId);
    }

    /**
     * Whether the history holds {@code status}. Not a Panache {@code count}: Hibernate builds a count query anew
     * on every call, which cost a lone send more than both its lookups. This query's text never changes, so its
     * translation is cached.
     */
    public static boolean exists(String messageId, DeliveryStatus status) {
        return !getSession().createSelectionQuery(
                "select 1 from StatusChange where messageId = ?1 and status = ?2", Integer.class)
                .setParameter(1, messageId).setParameter(2, status).setMaxResults(1).getResultList().isEmpty();
    }
}
