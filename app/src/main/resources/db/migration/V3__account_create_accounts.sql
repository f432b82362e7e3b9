-- 账户: organisations, their users and the API tokens of systems.
create table organisations (
    code       text primary key check (code ~ '^[A-Z][A-Z0-9_]{1,31}$'),
    name       text not null,
    created_at timestamptz not null default now()
);

create table accounts (
    username          text primary key check (username ~ '^[A-Za-z0-9][A-Za-z0-9._-]{1,63}$'),
    password_hash     text not null,
    role              text not null check (role in ('CENTER_ADMIN', 'CENTER_OPERATOR', 'PROVIDER',
                                                    'GOV_QUERIER', 'AGENCY', 'SUBJECT', 'AUDITOR')),
    organisation_code text references organisations (code),
    subject_key       bigint references subjects (subject_key),
    enabled           boolean not null default true,
    failed_logins     integer not null default 0,
    locked_until      timestamptz,
    created_at        timestamptz not null default now(),
    created_by        text not null,
    check ((role = 'SUBJECT') = (subject_key is not null)),
    check (role = 'SUBJECT' or organisation_code is not null)
);

-- Bearer tokens for systems: only the SHA-256 of the token is kept (the token has 256 random bits).
-- user names keep the case they were given but are unique, and matched, regardless of case
create unique index accounts_username_ci on accounts (lower(username));

create table api_tokens (
    id           bigserial primary key,
    username     text not null references accounts (username),
    token_hash   text not null unique,
    name         text not null,
    created_at   timestamptz not null default now(),
    expires_at   timestamptz,
    revoked_at   timestamptz,
    last_used_at timestamptz
);
create index api_tokens_by_user on api_tokens (username);
