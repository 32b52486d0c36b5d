package com.caresupport.gateway.inbound;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Whether a handle asked not to be messaged (STOP), and the keyword and time that said so. */
@Entity
@Table(name = "handle_opt_out")
public class HandleOptOut extends PanacheEntityBase {

    @Id
    public String handle;

    @Column(name = "opted_out")
    public boolean optedOut;

    public String keyword;

    @Column(name = "changed_at")
    public Instant changedAt;
}
