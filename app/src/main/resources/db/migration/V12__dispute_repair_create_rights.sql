-- The subject's rights (R-27 to R-30, R-RP): objections, deletion requests, repairs, and the states
-- they give a record.
alter table records drop constraint records_state_check;
alter table records add constraint records_state_check
    check (state in ('ACTIVE', 'REVOKED', 'DELETED', 'REPAIRED', 'EXPIRED'));

create table objections (
    subject_key  bigint  not null references subjects (subject_key),
    id           bigserial not null,
    record_id    bigint  not null,
    provider     text    not null,
    reason       text    not null check (reason in ('ERROR_OR_OMISSION', 'PRIVACY_OR_SECRET', 'EXPIRED_NOT_REMOVED')),
    statement    text    not null,
    status       text    not null check (status in ('RECEIVED', 'CORRECTED', 'FORWARDED', 'UPHELD', 'REJECTED', 'DISAGREED')),
    received_on  date    not null,
    compare_by   date    not null,
    forwarded_on date,
    verify_by    date,
    suspended_on date,
    outcome      text,
    created_by   text    not null,
    updated_at   timestamptz not null,
    primary key (subject_key, id)
);
create unique index objections_by_id on objections (id);
create index objections_by_record on objections (record_id);
create index objections_open on objections (status) where status in ('RECEIVED', 'FORWARDED');

create table deletion_requests (
    subject_key  bigint not null references subjects (subject_key),
    id           bigserial not null,
    record_id    bigint not null,
    requested_on date   not null,
    due_by       date   not null,
    created_by   text   not null,
    primary key (subject_key, id)
);
create unique index deletion_requests_by_id on deletion_requests (id);

create table repairs (
    subject_key bigint not null references subjects (subject_key),
    id          bigserial not null,
    record_id   bigint not null,
    provider    text   not null,
    statement   text   not null,
    status      text   not null check (status in ('PENDING', 'APPROVED', 'REJECTED')),
    reason      text,
    applied_on  date   not null,
    decided_on  date,
    decided_by  text,
    created_by  text   not null,
    primary key (subject_key, id)
);
create unique index repairs_by_id on repairs (id);

-- 站内通知: what the subject and the provider are told at each step.
create table notices (
    id           bigserial primary key,
    organisation text,
    subject_key  bigint,
    kind         text not null,
    message      text not null,
    created_at   timestamptz not null,
    check (organisation is not null or subject_key is not null)
);
create index notices_by_organisation on notices (organisation, id);
create index notices_by_subject on notices (subject_key, id);
