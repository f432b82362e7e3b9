-- Issue 16: the expiry sweep (R-27a) touches only the records whose period has run out. Active records by item
-- and by the day their period is counted from; the sweep asks for those that ended on or before the last day
-- still due, so it reads the due records and nothing else (no scan of all records).
create index records_active_by_end on records (item, coalesce(ended_on, occurred_on)) where state = 'ACTIVE';
