-- Issue 12 point 9, ADR 0010: the application connects as its own role, which may read and write the tables it
-- needs and nothing more. Run after every migration by the owner (so tables added later are covered too);
-- idempotent. appRole is empty when the application connects as the owner itself (one role configured).
do $$
declare
    app   text := '${appRole}';
    logged regclass;
begin
    if app = '' then
        return;
    end if;
    if not exists (select 1 from pg_roles where rolname = app) then
        -- embedded: trust on localhost; an external server's operator creates the role with its password first
        execute format('create role %I login', app);
    end if;
    if exists (select 1 from pg_roles where rolname = app
                  and (rolsuper or rolcreaterole or rolcreatedb or rolreplication or rolbypassrls)) then
        raise exception 'the application role % must be a plain login role (no superuser, createrole, createdb, replication or bypassrls)', app;
    end if;
    if exists (select 1 from pg_tables where schemaname = current_schema() and tableowner = app) then
        raise exception 'the application role % must not own the tables: migrate as another role', app;
    end if;
    execute format('revoke create on schema %I from %I', current_schema(), app);
    execute format('grant usage on schema %I to %I', current_schema(), app);
    execute format('revoke all on all tables in schema %I from %I', current_schema(), app);
    execute format('grant select, insert, update, delete on all tables in schema %I to %I', current_schema(), app);
    execute format('grant usage, select on all sequences in schema %I to %I', current_schema(), app);
    -- db-scheduler's executions (ADR 0012): the application picks, heartbeats and reschedules them
    execute format('grant select, insert, update, delete on %I to %I', 'scheduled_tasks', app);
    -- the logs: append and read only (the query log's partitions too, though the application goes through the parent)
    for logged in
        select relid from pg_partition_tree('query_log')
        union all select 'query_log_chain'::regclass
        union all select 'audit_checkpoints'::regclass
        union all select 'collection_log'::regclass
    loop
        execute format('revoke update, delete on %s from %I', logged, app);
    end loop;
    -- the migration history is the owner's alone
    execute format('revoke all on %I from %I', '${flyway:table}', app);
end $$;
