package com.caresupport.gateway.inbound;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/** A person of the care team or family the gateway talks to. */
@Entity
@Table(name = "member")
public class Member extends PanacheEntityBase {

    @Id
    public String id;

    public String name;

    /** E.164; unique. */
    public String phone;

    /** Optional iMessage email handle. */
    public String email;

    public String role;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    public static Optional<Member> byHandle(String handle) {
        if (handle == null) {
            return Optional.empty();
        }
        return find("phone = ?1 or lower(email) = lower(?1)", handle).firstResultOptional();
    }
}
