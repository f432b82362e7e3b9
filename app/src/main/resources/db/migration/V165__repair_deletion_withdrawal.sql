-- Issue 14 (R-27b): a deletion request is PENDING until the centre carries it out (on carry_out_on, by its due
-- date); while pending the subject may withdraw it. Requests made before this migration were carried out at once.
alter table deletion_requests add column status text not null default 'DONE'
    check (status in ('PENDING', 'DONE', 'WITHDRAWN'));
alter table deletion_requests alter column status drop default;
alter table deletion_requests add column carry_out_on date;
alter table deletion_requests add column done_at timestamptz;
alter table deletion_requests add column withdrawn_at timestamptz;
update deletion_requests set carry_out_on = requested_on where carry_out_on is null;
alter table deletion_requests alter column carry_out_on set not null;
-- at most one pending request per record (includes the distribution column, so it holds on Citus too)
create unique index deletion_requests_one_pending on deletion_requests (subject_key, record_id) where status = 'PENDING';
create index deletion_requests_due on deletion_requests (carry_out_on) where status = 'PENDING';
create index repairs_pending_by_record on repairs (subject_key, record_id) where status = 'PENDING';
