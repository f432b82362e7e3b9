-- Issue 13, point 1: a batch query, like a batch, is started at most gongxin.batch-queries.max-attempts times; a
-- query whose node died that often is FAILED instead of being taken over for ever (a hand-back at a graceful stop
-- is not a start).
alter table batch_queries add column attempts integer not null default 0;
