-- Issue 12 (points 7, 8): an uploaded batch file is kept in the database, not on one node's disk, so
-- that any node can take the batch over; it is sealed with the vault's key part by part (it holds full
-- id numbers) and deleted as soon as the batch is DONE or FAILED (ADR 0011). A batch is started at most
-- gongxin.batches.max-attempts times: a file that kills its worker is not retaken for ever.
alter table batches alter column stored_path drop not null;
alter table batches add column attempts integer not null default 0;

create table batch_files (
    batch_id uuid    not null references batches (id) on delete cascade,
    part     integer not null,
    content  bytea   not null,
    primary key (batch_id, part)
);

-- R-20b quota: open batch queries are counted per organisation
create index batch_queries_open_by_organisation on batch_queries (organisation)
    where status in ('QUEUED', 'RUNNING');

-- The rejected rows as sent (values cut to 1,000 characters), sealed like the file, for the error report
-- once the file itself is gone.
create table batch_rejected_rows (
    batch_id uuid    not null references batches (id) on delete cascade,
    row_no   integer not null,
    content  bytea   not null,
    primary key (batch_id, row_no)
);
