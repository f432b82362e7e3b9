-- Notices are written by listeners that run in parallel after each step's commit, so a later step's notice can get
-- a smaller id than an earlier one. A person's and an organisation's notices are therefore listed by the time of
-- the step they tell of (created_at), newest first, with the id only breaking ties.
drop index notices_by_organisation;
drop index notices_by_subject;
create index notices_by_organisation on notices (organisation, created_at desc, id desc);
create index notices_by_subject on notices (subject_key, created_at desc, id desc);
