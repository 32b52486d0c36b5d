package com.caresupport.gateway.inbound;

import com.caresupport.gateway.queue.Leased;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An inbound message, stored once per Linq message id, and where its handling stands (a work queue row). */
@Entity
@Table(name = "inbound_message")
public class InboundRecord extends Leased {

    /** PENDING until every observer handled it; FAILED while some observer keeps failing. */
    public enum State {
        PENDING, HANDLED, FAILED
    }

    @Id
    public String id;

    @Column(name = "linq_message_id")
    public String linqMessageId;

    @Column(name = "chat_id")
    public String chatId;

    @Column(name = "from_handle")
    public String fromHandle;

    public String body;

    public String service;

    @Column(name = "is_group")
    public Boolean group;

    @Column(name = "sent_at")
    public Instant sentAt;

    @Column(name = "received_at")
    public Instant receivedAt;

    /** webhook or poll: which path saw it first. */
    public String source;

    @Column(name = "member_id")
    public String memberId;

    @Column(name = "unknown_sender")
    public boolean unknownSender;

    @Enumerated(EnumType.STRING)
    public State state;

    /** The observers that handled it, so a retry reaches only those that failed. */
    @Column(name = "handled_by")
    public String handledBy;

    @Column(name = "handled_at")
    public Instant handledAt;

    /** When retention removed {@link #body}; null while it is kept. */
    @Column(name = "body_purged_at")
    public Instant bodyPurgedAt;
}
