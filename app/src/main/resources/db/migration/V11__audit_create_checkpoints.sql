-- Daily checkpoints of the query-log chain, signed with SM2: the last link of each day, so that the
-- tail of the chain cannot be cut off or rewritten unnoticed. Append-only like the log.
create table audit_checkpoints (
    day        date primary key,
    last_seq   bigint      not null,
    last_hash  bytea       not null,
    signed_at  timestamptz not null default clock_timestamp(),
    public_key bytea       not null,
    signature  bytea       not null
);
create trigger audit_checkpoints_append_only before update or delete on audit_checkpoints
    for each row execute function audit_append_only();
