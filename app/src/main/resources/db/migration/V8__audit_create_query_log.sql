-- 查询日志 (R-19, R-26): every read of subject data, kept long term, partitioned by month, append-only.
-- Entries are written in the reader's transaction; a single sealer later chains committed entries
-- with SM3 in query_log_chain (also append-only). Neither table accepts UPDATE or DELETE.
create sequence query_log_id_seq;

create table query_log (
    id               bigint      not null,
    at               timestamptz not null,
    logged_at        timestamptz not null default clock_timestamp(),
    query_id         uuid        not null,
    username         text,
    organisation     text,
    role             text,
    subject_key      bigint      not null,
    items            text[]      not null,
    matter           text,
    purpose          text,
    authorization_id bigint,
    channel          text        not null,
    primary key (id, at)
) partition by range (at);

create index query_log_by_subject on query_log (subject_key, at);
create index query_log_by_logged on query_log (logged_at);

do $$
declare
    month date := date '2025-01-01';
begin
    while month < date '2031-01-01' loop
        execute format('create table query_log_%s partition of query_log for values from (%L) to (%L)',
                       to_char(month, 'YYYY_MM'), month, month + interval '1 month');
        month := month + interval '1 month';
    end loop;
end $$;
create table query_log_default partition of query_log default;

create table query_log_chain (
    seq       bigint primary key,
    entry_id  bigint      not null unique,
    entry_at  timestamptz not null,
    prev_hash bytea       not null,
    hash      bytea       not null,
    sealed_at timestamptz not null default clock_timestamp()
);

create function audit_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit tables are append-only: % on % refused', tg_op, tg_table_name
        using errcode = 'insufficient_privilege';
end $$;

create trigger query_log_append_only before update or delete on query_log
    for each row execute function audit_append_only();
create trigger query_log_no_truncate before truncate on query_log
    for each statement execute function audit_append_only();
create trigger query_log_chain_append_only before update or delete on query_log_chain
    for each row execute function audit_append_only();
create trigger query_log_chain_no_truncate before truncate on query_log_chain
    for each statement execute function audit_append_only();
