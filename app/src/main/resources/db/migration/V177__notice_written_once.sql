-- Issue 15 point 2: notices are written by the notice module listening to the events of dispute and repair, after
-- the step's commit, and a listener may run again (retried from the event publication registry). Each notice of a
-- step names where it comes from (source: objection, repair, deletion; source_id: that one's id; step: which step,
-- e.g. FORWARDED) so it is written once per recipient (the subject, or the organisation). Older notices have none.
alter table notices
    add column source    text,
    add column source_id bigint,
    add column step      text;

create unique index notices_once on notices (source, source_id, step, (subject_key is null))
    where source is not null;
