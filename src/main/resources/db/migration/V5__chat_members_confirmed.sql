-- The opt-out guard trusts a chat's participant list only when it is known to be complete: the gateway
-- created the chat, or Linq listed its members. Null means the list may be partial (learned from inbound
-- messages only), so the guard asks Linq before anything is sent into the chat.
alter table chat add column members_confirmed_at timestamp with time zone;
