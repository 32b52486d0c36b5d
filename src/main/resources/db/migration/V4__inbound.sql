-- The care team's member directory, the chats each member is in, and SMS opt-outs per handle.
create table member (
    id         varchar(36)  not null primary key,
    name       varchar(200) not null,
    phone      varchar(32)  not null,
    email      varchar(320),
    role       varchar(100),
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null,
    constraint uq_member_phone unique (phone)
);

create table member_chat (
    chat_id    varchar(64) not null,
    member_id  varchar(36) not null references member (id) on delete cascade,
    source     varchar(16) not null,
    created_at timestamp with time zone not null,
    primary key (chat_id, member_id)
);

create table handle_opt_out (
    handle     varchar(320) not null primary key,
    opted_out  boolean      not null,
    keyword    varchar(32)  not null,
    changed_at timestamp with time zone not null
);

-- Every inbound message, once per Linq message id whichever way it arrived (webhook or poller),
-- with which observers have handled it.
create table inbound_message (
    id              varchar(36)  not null primary key,
    linq_message_id varchar(64)  not null,
    chat_id         varchar(64),
    from_handle     varchar(320),
    body            varchar(20000),
    service         varchar(16),
    is_group        boolean,
    sent_at         timestamp with time zone,
    received_at     timestamp with time zone not null,
    source          varchar(16)  not null,
    member_id       varchar(36),
    unknown_sender  boolean      not null,
    state           varchar(16)  not null,
    attempts        integer      not null,
    handled_by      varchar(4000),
    last_error      varchar(2000),
    next_attempt_at timestamp with time zone,
    lease_until     timestamp with time zone,
    handled_at      timestamp with time zone,
    constraint uq_inbound_linq_id unique (linq_message_id)
);
create index ix_inbound_due on inbound_message (state, next_attempt_at);

-- A lease per singleton job (the poller), so that one instance runs it when several share a database.
create table job_lock (
    name        varchar(64) not null primary key,
    owner       varchar(64),
    lease_until timestamp with time zone
);
