-- Which receiver a kept signing secret's subscription delivers to. Only secrets of subscriptions to the
-- gateway's own receiver are trusted; rows from before this column (target unknown) are no longer trusted.
alter table webhook_secret add column target_url varchar(2048);
