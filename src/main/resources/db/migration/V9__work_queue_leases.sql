-- One work queue serves the outbox, webhook events and inbound messages, so their tables share the same lease
-- columns (queue.Leased): every row says which instance holds it, and every row has a next attempt time.
alter table webhook_event add column leased_by varchar(64);
alter table inbound_message add column leased_by varchar(64);

update webhook_event set next_attempt_at = received_at where next_attempt_at is null;
alter table webhook_event alter column next_attempt_at set not null;
update inbound_message set next_attempt_at = received_at where next_attempt_at is null;
alter table inbound_message alter column next_attempt_at set not null;
