-- Evidence attached to an objection (R-28 "in writing, with evidence"): PDF or images, size-limited,
-- stored under the data directory by a random name; the database keeps the name given and a digest.
create table objection_attachments (
    id           uuid primary key,
    objection_id bigint      not null,
    file_name    text        not null,
    content_type text        not null,
    size_bytes   bigint      not null,
    sha256       text        not null,
    stored_path  text        not null,
    created_at   timestamptz not null
);
create index objection_attachments_by_objection on objection_attachments (objection_id);
