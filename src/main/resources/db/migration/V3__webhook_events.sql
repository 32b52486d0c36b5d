-- Every webhook delivery the gateway accepted, exactly as it came, with its processing state.
-- The unique ids are what makes a repeated delivery (Linq retries, or two copies at once) a no-op.
create table webhook_event (
    id              varchar(36)  not null primary key,
    webhook_id      varchar(255),
    event_id        varchar(255),
    event_type      varchar(100),
    api_version     varchar(20),
    webhook_version varchar(20),
    received_at     timestamp with time zone not null,
    payload         varchar(1048576) not null,
    state           varchar(16)  not null,
    attempts        integer      not null,
    last_error      varchar(2000),
    next_attempt_at timestamp with time zone,
    lease_until     timestamp with time zone,
    processed_at    timestamp with time zone,
    constraint uq_webhook_event_webhook_id unique (webhook_id),
    constraint uq_webhook_event_event_id unique (event_id)
);
create index ix_webhook_event_due on webhook_event (state, next_attempt_at);
create index ix_webhook_event_received on webhook_event (received_at);

-- Signing secrets of subscriptions the gateway created (Linq shows each only once).
create table webhook_secret (
    subscription_id varchar(64)  not null primary key,
    secret          varchar(255) not null,
    created_at      timestamp with time zone not null
);
