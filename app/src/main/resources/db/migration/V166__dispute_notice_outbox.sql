-- Issue 14: notices to a subject also go out by SMS and e-mail. The outbox row is written in the transaction that
-- writes the notice (so no notice is lost and the person's request never waits on a gateway); a background task
-- delivers it with retries (ADR 0017).
create table notice_contacts (
    subject_key bigint primary key references subjects (subject_key),
    mobile      varchar(20),
    email       varchar(254),
    updated_at  timestamptz not null,
    check (mobile is null or mobile ~ '^1[0-9]{10}$'),
    check (email is null or email ~ '^[^@\s]{1,64}@[^@\s]{1,189}$')
);

create table notice_outbox (
    id              bigserial primary key,
    notice_id       bigint not null references notices (id),
    subject_key     bigint not null,
    channel         text not null check (channel in ('SMS', 'EMAIL')),
    status          text not null check (status in ('PENDING', 'SENT', 'NO_CONTACT', 'FAILED')),
    attempts        integer not null default 0,
    next_attempt_at timestamptz not null,
    sent_at         timestamptz,
    last_error      varchar(200),
    unique (notice_id, channel)
);
create index notice_outbox_due on notice_outbox (next_attempt_at) where status = 'PENDING';
