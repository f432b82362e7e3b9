-- 信息主体. A person's id number is never stored in clear: only encrypted (SM4-GCM, bound to the row
-- by its subject_key) and as a keyed blind index in subject_lookup.
create sequence subject_key_seq;

create table subjects (
    subject_key   bigint primary key,
    type          text not null check (type in ('LEGAL_PERSON', 'NATURAL_PERSON')),
    name          text,
    uscc          text,
    legacy_code   boolean not null default false,
    id_ciphertext bytea,
    id_masked     text,
    birth_date    date,
    created_at    timestamptz not null default now(),
    check ((type = 'LEGAL_PERSON' and uscc is not null and id_ciphertext is null)
        or (type = 'NATURAL_PERSON' and uscc is null and id_ciphertext is not null and birth_date is not null))
);

-- Finds a subject by identifier: 'U:' || USCC for organisations, 'P:' || hex(HMAC) for persons.
-- Keyed by the identifier (not by subject) so that uniqueness holds on a distributed cluster too.
create table subject_lookup (
    lookup      text primary key,
    subject_key bigint not null references subjects (subject_key)
);

-- Relations between subjects; LEGAL_REPRESENTATIVE links an organisation to a person (法定代表人).
create table subject_relations (
    subject_key bigint not null references subjects (subject_key),
    relation    text   not null check (relation in ('LEGAL_REPRESENTATIVE')),
    related_key bigint not null references subjects (subject_key),
    since       date   not null,
    until       date,
    primary key (subject_key, relation, related_key, since)
);
