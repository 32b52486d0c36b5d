package com.caresupport.gateway.delivery;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A chat the gateway created or saw, by Linq's chat id. */
@Entity
@Table(name = "chat")
public class ChatRecord extends PanacheEntityBase {

    @Id
    public String id;

    @Column(name = "from_phone")
    public String fromPhone;

    /** The other participants' handles, comma-separated. */
    public String participants;

    public String service;

    @Column(name = "is_group")
    public boolean group;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "last_activity_at")
    public Instant lastActivityAt;
}
