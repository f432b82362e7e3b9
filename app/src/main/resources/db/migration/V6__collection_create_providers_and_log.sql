-- 归集: which items each provider may submit, and the collection log (R-09b), kept long term.
create table provider_items (
    provider text not null references organisations (code),
    item     text not null,
    primary key (provider, item)
);

create table collection_log (
    id          bigserial primary key,
    at          timestamptz not null,
    provider    text not null,
    username    text not null,
    channel     text not null check (channel in ('API', 'BATCH')),
    batch_id    uuid,
    item        text,
    source_ref  text,
    subject_key bigint,
    record_id   bigint,
    outcome     text not null check (outcome in ('CREATED', 'UPDATED', 'UNCHANGED', 'REJECTED', 'REVOKED')),
    late        boolean,
    detail      text
);
create index collection_log_by_provider on collection_log (provider, at);
create index collection_log_by_record on collection_log (record_id);
