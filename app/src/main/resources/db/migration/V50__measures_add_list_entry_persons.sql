-- R-24d: the persons a list entry of an organisation names (legal representative, principal, directly
-- responsible persons): names and, when given, id numbers masked only — never a whole id number.
alter table list_entries add column persons jsonb;
