-- Retention: message text, webhook payloads and inbound text are purged after a while (gateway.retention.*),
-- so they become optional, and each row says when its content was purged.
alter table message alter column body drop not null;
alter table message add column body_purged_at timestamp with time zone;
alter table webhook_event alter column payload drop not null;
alter table webhook_event add column payload_purged_at timestamp with time zone;
alter table inbound_message add column body_purged_at timestamp with time zone;

-- The purge looks for old rows by age.
create index ix_message_accepted on message (accepted_at);
create index ix_inbound_received on inbound_message (received_at);
