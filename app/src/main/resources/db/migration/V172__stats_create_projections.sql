-- Issue 15 point 2: statistics keep their own projections, fed by the other modules' events through the event
-- publication registry (RecordChanged, ObjectionDecided, ListEntryChanged, RepairDecided), and no longer read
-- those modules' tables. Each row is keyed by the identity of what the event is about, so a listener that runs
-- again (a resubmitted publication) changes nothing. The rows already there are copied once here, so the
-- dashboard shows what it showed before the upgrade.

-- a record as the dashboard counts it: who sent it, when it arrived, and whether it came late
create table stats_records (
    record_id    bigint      primary key,
    provider     text        not null,
    submitted_at timestamptz not null,
    late         boolean     not null
);
create index stats_records_by_submission on stats_records (submitted_at);

-- an objection's last step against its deadline (verify_by once forwarded, else the later of compare_by and correct_by)
create table stats_objections (
    objection_id bigint      primary key,
    received_on  date        not null,
    status       text        not null,
    due_on       date,
    stepped_at   timestamptz not null,
    reviewed     boolean     not null
);
create index stats_objections_by_receipt on stats_objections (received_on);

-- a red or black list entry's current status
create table stats_list_entries (
    entry_id   bigint      primary key,
    list_type  text        not null,
    status     text        not null,
    changed_at timestamptz not null
);

-- a decided repair request
create table stats_repairs (
    repair_id  bigint      primary key,
    granted    boolean     not null,
    decided_at timestamptz not null
);
create index stats_repairs_by_decision on stats_repairs (decided_at);

insert into stats_records (record_id, provider, submitted_at, late)
select record_id, provider, submitted_at, coalesce(late, false) from records
on conflict do nothing;

insert into stats_objections (objection_id, received_on, status, due_on, stepped_at, reviewed)
select id, received_on, status, coalesce(verify_by, greatest(compare_by, correct_by)), updated_at, reviewed_on is not null
  from objections
on conflict do nothing;

insert into stats_list_entries (entry_id, list_type, status, changed_at)
select id, list_type, status, coalesce(removed_at, created_at) from list_entries
on conflict do nothing;

insert into stats_repairs (repair_id, granted, decided_at)
select id, status = 'APPROVED', decided_on::timestamp at time zone 'Asia/Shanghai' from repairs
 where status in ('APPROVED', 'REJECTED') and decided_on is not null
on conflict do nothing;
