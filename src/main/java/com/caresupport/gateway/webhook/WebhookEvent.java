package com.caresupport.gateway.webhook;

import com.caresupport.gateway.queue.Leased;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Set;

/** A webhook delivery as received: raw payload, identifiers for deduplication, processing state (a work queue row). */
@Entity
@Table(name = "webhook_event")
public class WebhookEvent extends Leased {

    /** Where processing stands. */
    public enum State {
        RECEIVED, PROCESSED, FAILED
    }

    /**
     * The states in which work is still owed. Named rather than "not processed", so that the database can look
     * them up in its state indexes instead of reading every event.
     */
    public static final Set<State> OPEN = Set.of(State.RECEIVED, State.FAILED);

    @Id
    public String id;

    @Column(name = "webhook_id")
    public String webhookId;

    @Column(name = "event_id")
    public String eventId;

    @Column(name = "event_type")
    public String eventType;

    @Column(name = "api_version")
    public String apiVersion;

    @Column(name = "webhook_version")
    public String webhookVersion;

    @Column(name = "received_at")
    public Instant receivedAt;

    public String payload;

    @Enumerated(EnumType.STRING)
    public State state;

    @Column(name = "processed_at")
    public Instant processedAt;

    /** When retention removed {@link #payload}; null while it is kept. */
    @Column(name = "payload_purged_at")
    public Instant payloadPurgedAt;
}
