-- 批量查询 (R-20b): an agency's batch of up to 10,000 subjects, answered in the background. The input
-- is resolved to subject keys on arrival, so no id number is stored; results expire after some days.
create table batch_queries (
    id           uuid primary key,
    organisation text        not null references organisations (code),
    username     text        not null,
    purpose      text        not null,
    subjects     jsonb       not null,
    status       text        not null check (status in ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
    results      jsonb,
    created_at   timestamptz not null,
    heartbeat_at timestamptz,
    finished_at  timestamptz,
    expires_at   timestamptz not null
);
create index batch_queries_waiting on batch_queries (created_at) where status in ('QUEUED', 'RUNNING');
