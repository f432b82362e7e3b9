-- Anonymous clients' requests per minute (issue 12): a fixed-window counter shared by every node, so that a
-- limit of N a minute holds however many nodes answer. One row per (bucket, client, minute); old rows are
-- deleted as new minutes begin. The client is an address, not personal data of a subject.
create table client_windows (
    bucket  text   not null, -- what is counted: LOOKUP, REPORT
    client  text   not null,
    minute  bigint not null, -- minutes since the epoch, on the platform's clock
    hits    int    not null,
    primary key (bucket, client, minute)
);
create index client_windows_by_minute on client_windows (minute);
