-- 授权 (R-20a): a subject's consent for an organisation to see some or all of its non-public items.
create table authorizations (
    subject_key bigint      not null references subjects (subject_key),
    id          bigserial   not null,
    grantee     text        not null references organisations (code),
    items       text[],
    purpose     text        not null,
    valid_until date        not null,
    created_at  timestamptz not null,
    created_by  text        not null,
    revoked_at  timestamptz,
    primary key (subject_key, id)
);
create unique index authorizations_by_id on authorizations (id);
create index authorizations_by_grantee on authorizations (subject_key, grantee);

-- Public search of organisations by any part of their Chinese name.
create extension if not exists pg_trgm;
create index subjects_name_trgm on subjects using gin (name gin_trgm_ops) where type = 'LEGAL_PERSON';
