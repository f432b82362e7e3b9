-- 三清单: every version of the catalog as one jsonb document (R-15). At most one is PUBLISHED.
create table catalog_versions (
    version      text primary key,
    status       text not null check (status in ('DRAFT', 'PUBLISHED', 'RETIRED')),
    document     jsonb not null,
    created_at   timestamptz not null default now(),
    created_by   text not null,
    published_at timestamptz,
    published_by text
);
create unique index catalog_versions_one_published on catalog_versions (status) where status = 'PUBLISHED';
