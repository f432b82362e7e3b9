-- 联合奖惩: the serious-dishonesty and red lists with their history, measure checks and feedback.
create table list_entries (
    subject_key    bigint      not null references subjects (subject_key),
    id             bigserial   not null,
    list_type      text        not null check (list_type in ('SERIOUS_DISHONESTY', 'RED')),
    reason         text        not null,
    basis          text        not null,
    decided_on     date        not null,
    valid_until    date        not null,
    status         text        not null check (status in ('PROPOSED', 'ACTIVE', 'REMOVED')),
    proposed_by    text,
    created_at     timestamptz not null,
    created_by     text        not null,
    removed_at     timestamptz,
    removed_by     text,
    removal_reason text,
    primary key (subject_key, id)
);
create unique index list_entries_by_id on list_entries (id);
create index list_entries_by_type on list_entries (list_type, status);

create table measure_checks (
    id           uuid primary key,
    subject_key  bigint      not null,
    matter       text        not null,
    organisation text        not null,
    username     text        not null,
    checked_at   timestamptz not null,
    measures     text[]      not null,
    result       jsonb       not null
);

create table measure_feedback (
    check_id     uuid        not null references measure_checks (id),
    measure      text        not null,
    matter       text        not null,
    organisation text        not null,
    applied_at   timestamptz not null,
    note         text,
    primary key (check_id, measure)
);
