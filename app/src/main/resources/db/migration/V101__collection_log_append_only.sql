-- Issue 12 point 9 (R-09b, R-26): the collection log is append-only like the query log: no UPDATE, DELETE or
-- TRUNCATE, whoever asks (the application's role has no such privilege either; see afterMigrate.sql).
create trigger collection_log_append_only before update or delete on collection_log
    for each row execute function audit_append_only();
create trigger collection_log_no_truncate before truncate on collection_log
    for each statement execute function audit_append_only();
create trigger audit_checkpoints_no_truncate before truncate on audit_checkpoints
    for each statement execute function audit_append_only();
