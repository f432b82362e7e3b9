-- 信用记录: the record store. Subject-scoped tables lead their primary key with subject_key so that
-- they can be distributed by subject; record_keys holds the idempotency key (provider, source_ref).
create sequence record_id_seq;

create table records (
    subject_key     bigint  not null references subjects (subject_key),
    record_id       bigint  not null,
    item            text    not null,
    catalog_version text    not null references catalog_versions (version),
    provider        text    not null references organisations (code),
    source_ref      text    not null,
    occurred_on     date    not null,
    ended_on        date,
    fields          jsonb   not null,
    state           text    not null default 'ACTIVE' check (state in ('ACTIVE', 'REVOKED')),
    late            boolean,
    version         integer not null default 1,
    submitted_at    timestamptz not null,
    updated_at      timestamptz not null,
    updated_by      text    not null,
    primary key (subject_key, record_id)
);
create unique index records_by_id on records (record_id);
create index records_by_provider on records (provider, record_id);

create table record_keys (
    provider    text   not null,
    source_ref  text   not null,
    subject_key bigint not null,
    record_id   bigint not null,
    primary key (provider, source_ref)
);

-- Every earlier version of a record: who changed it, when and why.
create table record_versions (
    subject_key     bigint  not null,
    record_id       bigint  not null,
    version         integer not null,
    item            text    not null,
    catalog_version text    not null,
    occurred_on     date    not null,
    ended_on        date,
    fields          jsonb   not null,
    state           text    not null,
    replaced_at     timestamptz not null,
    replaced_by     text    not null,
    reason          text    not null,
    primary key (subject_key, record_id, version)
);
