package com.caresupport.gateway.inbound;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** A member's place in a chat: learned from traffic or linked explicitly. */
@Entity
@Table(name = "member_chat")
public class MemberChat extends PanacheEntityBase {

    /** Chat and member together identify a link. */
    @jakarta.persistence.Embeddable
    public record Key(@Column(name = "chat_id") String chatId, @Column(name = "member_id") String memberId)
            implements Serializable {
    }

    @EmbeddedId
    public Key key;

    /** LEARNED (from chat creation or inbound traffic) or EXPLICIT (through the API). */
    public String source;

    @Column(name = "created_at")
    public Instant createdAt;

    static void link(String chatId, String memberId, String source) {
        Key key = new Key(chatId, memberId);
        if (findById(key) == null) {
            MemberChat link = new MemberChat();
            link.key = key;
            link.source = source;
            link.createdAt = Instant.now();
            link.persist();
        }
    }
}
