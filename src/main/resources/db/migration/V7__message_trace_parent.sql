-- The W3C traceparent of the request that accepted the message, so that outbox retries and the webhooks
-- that report on the message continue its trace.
alter table message add column trace_parent varchar(55);
