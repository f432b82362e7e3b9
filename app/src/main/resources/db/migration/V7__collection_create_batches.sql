-- 批量归集: uploaded files, their progress and their per-row errors. A batch is processed in chunks;
-- each chunk's merge, errors and progress (rows_done) commit together, so a batch interrupted by a
-- crash resumes after its last committed chunk: no record is lost or stored twice.
create table batches (
    id           uuid primary key,
    provider     text not null references organisations (code),
    username     text not null,
    item         text not null,
    format       text not null check (format in ('CSV', 'XLSX', 'JSONL')),
    file_name    text,
    stored_path  text not null,
    size_bytes   bigint not null,
    status       text not null check (status in ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
    rows         integer not null default 0,
    accepted     integer not null default 0,
    rejected     integer not null default 0,
    rows_done    integer not null default 0,
    failure      text,
    created_at   timestamptz not null,
    started_at   timestamptz,
    finished_at  timestamptz,
    heartbeat_at timestamptz
);
create index batches_waiting on batches (created_at) where status in ('QUEUED', 'RUNNING');
create index batches_by_provider on batches (provider, created_at);

create table batch_errors (
    batch_id uuid    not null references batches (id),
    row_no   integer not null,
    field    text    not null,
    code     text    not null,
    message  text    not null
);
create index batch_errors_by_batch on batch_errors (batch_id, row_no);

-- The shape of a chunk's valid rows: each chunk is copied into a temporary table LIKE this one
-- (no WAL, no index, dropped when the chunk commits) and merged from there.
create unlogged table batch_staging (
    batch_id    uuid    not null,
    row_no      integer not null,
    source_ref  text    not null,
    subject_key bigint  not null,
    occurred_on date    not null,
    ended_on    date,
    fields      jsonb   not null,
    late        boolean,
    record_id   bigint,
    outcome     text,
    primary key (batch_id, row_no)
);
