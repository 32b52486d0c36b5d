package com.caresupport.gateway.delivery;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * A message the gateway accepted for delivery (or learned of), with the request exactly as accepted, so that
 * every delivery attempt sends the same thing under the same idempotency key.
 */
@Entity
@Table(name = "message")
public class MessageRecord extends PanacheEntityBase {

    /** What the accepted request asks Linq to do. */
    public enum Kind {
        /** Create a chat with this as its first message. */
        CHAT,
        /** Send to an existing chat. */
        MESSAGE,
        /** Send to recipients by handle; Linq finds or opens their chat ({@code POST /v3/messages}). */
        DIRECT,
        /** Create a poll in a chat. */
        POLL,
        /** Add options to a poll (no Linq idempotency key). */
        POLL_OPT,
        /** Vote in a poll (no Linq idempotency key). */
        VOTE,
        /** Ask a chat's members to share their location (no Linq idempotency key). */
        LOCATION,
        /** Update an app card (no Linq idempotency key). */
        APP_CARD,
        /** Create a payment request ({@code POST /v3/payment_requests}); its "message" id is the request's. */
        PAY_REQ,
        /** Create an agent payment ({@code POST /v3/payments}); its "message" id is the payment's, once minted. */
        PAYMENT
    }

    @Id
    public String id;

    @Column(name = "linq_message_id")
    public String linqMessageId;

    @Column(name = "chat_id")
    public String chatId;

    public String direction;

    @Enumerated(EnumType.STRING)
    public Kind kind;

    /** The accepted request as JSON, of its {@link SendKind}'s request type. */
    public String body;

    @Column(name = "text_preview")
    public String textPreview;

    /** For chat creation: the recipients, comma-separated. */
    public String recipients;

    public String service;

    @Enumerated(EnumType.STRING)
    @Column(name = "delivery_status")
    public DeliveryStatus deliveryStatus;

    public String error;

    @Column(name = "linq_error_code")
    public Integer linqErrorCode;

    @Column(name = "idempotency_key")
    public String idempotencyKey;

    @Column(name = "request_hash")
    public String requestHash;

    /** The accepting request's W3C {@code traceparent}; later work on the message continues that trace. */
    @Column(name = "trace_parent")
    public String traceParent;

    @Column(name = "accepted_at")
    public Instant acceptedAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /** When retention removed {@link #body} and {@link #textPreview}; null while they are kept. */
    @Column(name = "body_purged_at")
    public Instant bodyPurgedAt;

    public static Optional<MessageRecord> findByIdOrLinqId(String id) {
        Optional<MessageRecord> local = findByIdOptional(id);
        return local.isPresent() ? local : find("linqMessageId", id).firstResultOptional();
    }

    public static Optional<MessageRecord> findByIdempotencyKey(String key) {
        return find("idempotencyKey", key).firstResultOptional();
    }

    /**
     * The messages stored under any of {@code keys}, in one statement with one array parameter: a query with an
     * {@code in} list is translated anew by Hibernate on every call, as the list's length varies.
     */
    public static List<MessageRecord> withIdempotencyKeys(Collection<String> keys) {
        return getSession()
                .createNativeQuery("select * from message where idempotency_key = any(?1)", MessageRecord.class)
                .setParameter(1, keys.toArray(String[]::new)).getResultList();
    }
}
