-- Objections (R-28 to R-30): an objection about a missing record (遗漏) names a catalog item instead of a
-- record, and its provider may be chosen by the centre when it compares; a provider's upheld answer without
-- a correction withdraws the record from every view but the subject's own; the centre may file for a person
-- at the counter (窗口代为提出) with the person's consent recorded.
alter table objections alter column record_id drop not null;
alter table objections alter column provider drop not null;
alter table objections add column omission_item text;
alter table objections add column omission_description text;
alter table objections add column record_withdrawn boolean not null default false;
alter table objections add column consent_method text check (consent_method in ('WRITTEN', 'IN_PERSON'));
alter table objections add column consent_reference text;
alter table objections add constraint objections_record_or_omission
    check ((record_id is null) <> (omission_item is null));
