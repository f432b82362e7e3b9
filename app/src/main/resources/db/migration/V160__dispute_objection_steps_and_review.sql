-- Issue 14: each step of an objection with its day, who took it and why (the timeline the centre, the provider and
-- the person read), and the centre's review of an objection the person still disagrees with (R-30a).
create table objection_steps (
    subject_key  bigint      not null references subjects (subject_key),
    objection_id bigint      not null references objections (id),
    seq          bigserial   not null,
    step         text        not null check (step in ('CORRECTED', 'UPHELD', 'REJECTED', 'DISAGREED', 'REVIEWED', 'ATTACHED')),
    on_date      date        not null,
    note         text        check (length(note) <= 5000),
    by_user      text        not null,
    created_at   timestamptz not null,
    primary key (subject_key, seq)
);
create index objection_steps_by_objection on objection_steps (objection_id, seq);

alter table objections add column reviewed_on date;
alter table objections add column review_conclusion text check (length(review_conclusion) <= 5000);
