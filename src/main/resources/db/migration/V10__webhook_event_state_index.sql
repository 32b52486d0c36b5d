-- The API lists webhook events of one state newest first (an on-call engineer's "what is still waiting?", and the
-- benchmark's drain check). With only (state, next_attempt_at) to go by, the database read every row in that state
-- and sorted them, payloads included: during a backlog of 100 000 events each listing read all of them.
create index ix_webhook_event_state_received on webhook_event (state, received_at);
