package com.caresupport.gateway.delivery;

import com.caresupport.gateway.queue.Leased;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * A message still owed to Linq, in the outbox work queue. Workers claim an entry by taking its lease, so two
 * instances never deliver it at the same time; a crashed worker's lease simply runs out.
 */
@Entity
@Table(name = "outbox_entry")
public class OutboxEntry extends Leased {

    /** The entry's life: waiting for delivery, handed to Linq, or given up on. */
    public enum State {
        PENDING, DONE, FAILED
    }

    @Id
    @Column(name = "message_id")
    public String messageId;

    @Enumerated(EnumType.STRING)
    public State state;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /**
     * The entries of {@code messageIds}, by message id, in one query whose text never changes whatever their
     * number (see {@link MessageStore#lockAll}).
     */
    static Map<String, OutboxEntry> byMessageIds(Collection<String> messageIds) {
        Map<String, OutboxEntry> found = new HashMap<>();
        getSession().createNativeQuery("select * from outbox_entry where message_id = any(?1)", OutboxEntry.class)
                .setParameter(1, messageIds.toArray(String[]::new))
                .getResultList()
                .forEach(entry -> found.put(entry.messageId, entry));
        return found;
    }
}
