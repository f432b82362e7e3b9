-- 工作日: the State Council's yearly holiday notice as data (R-WD). Only exceptions are stored:
-- off_day = true for a holiday on a weekday, false for an adjusted working day (调休上班) at a weekend.
create table calendar_years (
    year      integer primary key,
    source    text not null,
    loaded_at timestamptz not null default now(),
    loaded_by text not null
);

create table calendar_days (
    day     date primary key,
    year    integer not null references calendar_years (year) on delete cascade,
    off_day boolean not null,
    name    text not null,
    check (extract(year from day) = year)
);
