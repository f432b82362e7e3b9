-- Issue 13 point 1, ADR 0012: background work on db-scheduler, and owner fencing of the two work queues.

-- db-scheduler's one table (its PostgreSQL schema, version 16): one row per scheduled execution; a recurring
-- cluster job (sealer, checkpoints, sweeps) is one row, picked by one node at a time, with its heartbeat.
create table scheduled_tasks (
    task_name            text                     not null,
    task_instance        text                     not null,
    task_data            bytea,
    execution_time       timestamp with time zone not null,
    picked               boolean                  not null,
    picked_by            text,
    last_success         timestamp with time zone,
    last_failure         timestamp with time zone,
    consecutive_failures integer,
    last_heartbeat       timestamp with time zone,
    version              bigint                   not null,
    priority             smallint,
    primary key (task_name, task_instance)
);
create index scheduled_tasks_execution_time on scheduled_tasks (execution_time);
create index scheduled_tasks_last_heartbeat on scheduled_tasks (last_heartbeat);
create index scheduled_tasks_priority_execution_time on scheduled_tasks (priority desc, execution_time asc);

-- the lease of the worker that runs a batch or a batch query: a new token at every claim; every write of the run
-- names it, so a worker whose job was taken over (or handed back) can no longer write
alter table batches add column lease uuid;
alter table batch_queries add column lease uuid;
-- a batch query's answered subjects so far: results are kept chunk by chunk, with their query-log entries
alter table batch_queries add column lines_done integer not null default 0;
