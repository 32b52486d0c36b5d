-- What is still to be delivered to Linq. A row is claimed by one worker at a time through its lease.
create table outbox_entry (
    message_id      varchar(36)  not null primary key references message (id),
    state           varchar(16)  not null,
    attempts        integer      not null,
    next_attempt_at timestamp with time zone not null,
    lease_until     timestamp with time zone,
    leased_by       varchar(64),
    last_error      varchar(2000),
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null
);
create index ix_outbox_due on outbox_entry (state, next_attempt_at);
