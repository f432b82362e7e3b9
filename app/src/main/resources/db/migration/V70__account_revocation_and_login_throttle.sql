-- 账户 (issue 12, points 1 and 2): access that can be taken back, and a lock-out that is no weapon.

-- Every login (page session, remembered password) carries the account's epoch when it was made; a password
-- change or a disable moves the epoch on, so every older session is refused on its next request, on any node.
alter table accounts add column session_epoch integer not null default 0;
alter table accounts add column disabled_reason text check (length(disabled_reason) <= 2000);

-- The account-wide lock-out is gone: five wrong passwords from anyone locked the account and its tokens.
-- Password failures are now counted per client address and user name (known or not), with a growing delay.
alter table accounts drop column failed_logins;
alter table accounts drop column locked_until;

create table login_throttle (
    client          text        not null check (length(client) <= 100),
    username        text        not null check (length(username) <= 200),
    failures        integer     not null,
    last_failure_at timestamptz not null,
    blocked_until   timestamptz,
    primary key (client, username)
);
create index login_throttle_by_username on login_throttle (username);

-- Decisions about accounts (tokens issued and revoked, disable, enable, password change) go on the query log
-- with channel DECISION like decisions about records; they concern no subject.
alter table query_log alter column subject_key drop not null;
