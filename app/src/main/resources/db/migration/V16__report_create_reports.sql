-- Credit reports issued (R-34): the number and digest printed on a report, so anyone holding one can check it.
-- The report's content is not kept: it is recomputed from the records, and the digest proves what was issued.
create table reports (
    subject_key    bigint      not null references subjects (subject_key),
    number         text        not null,
    subject_name   text        not null, -- as verification shows it: a person's name masked
    issued_at      timestamptz not null,
    valid_until    date        not null,
    digest         text        not null, -- SM3 of the report's canonical content, hex
    requested_by   text,
    requested_role text        not null,
    edition        text        not null, -- PUBLIC, OWN, AUTHORIZED, GOVERNMENT, CENTRE
    format         text        not null,
    primary key (subject_key, number)
);
create unique index reports_number on reports (number);
