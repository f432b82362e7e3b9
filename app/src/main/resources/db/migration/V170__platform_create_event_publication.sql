-- Issue 15: events between modules go through Spring Modulith's event publication registry (ADR 0016). A
-- publication is written in the publishing transaction and completed when its listener has handled the event;
-- incomplete ones are resubmitted, so an event survives a crash of the node that published it. The table is
-- Spring Modulith's own (events-jdbc, schema v2), created here so that the application role needs no DDL.
create table if not exists event_publication (
    id                     uuid not null primary key,
    listener_id            text not null,
    event_type             text not null,
    serialized_event       text not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 text,
    completion_attempts    int,
    last_resubmission_date timestamp with time zone
);
create index if not exists event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index if not exists event_publication_by_completion_date_idx on event_publication (completion_date);
