-- Issue 13, ADR 0013: objection evidence is kept in the database, where every node reaches it, instead of on the
-- receiving node's disk. Each file is cut into parts sealed with the vault's key (like batch files, ADR 0011);
-- a file an earlier version stored on disk keeps its path until the node that holds it moves it in at start.
create table objection_attachment_parts (
    attachment_id uuid  not null references objection_attachments (id) on delete cascade
                        deferrable initially deferred, -- the parts are written before the row that names them
    part          int   not null,
    content       bytea not null,
    primary key (attachment_id, part)
);
alter table objection_attachments alter column stored_path drop not null;
