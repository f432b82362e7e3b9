-- Issue 16 point 1: a batch chunk inserts ten thousand records in one statement, and the foreign keys on the
-- records' provider and catalog version checked each row on its own (twenty thousand lookups of the same one or two
-- rows: a third of the insert's time in EXPLAIN ANALYZE, see docs/benchmarks.md). The same rule is now checked once
-- per statement against the statement's distinct values, locking the rows it names FOR KEY SHARE as the foreign
-- key did, so a concurrent delete of the organisation or catalog version waits and then fails as it did. Deleting
-- or renaming a referenced organisation or catalog version is refused as before; a record's subject keeps its
-- foreign key (subjects are deleted when a registration race is lost).
alter table records drop constraint records_provider_fkey;
alter table records drop constraint records_catalog_version_fkey;

create function records_references_exist() returns trigger language plpgsql as $$
declare
    wanted  bigint;
    present bigint;
begin
    select count(distinct provider) into wanted from added;
    select count(*) into present
      from (select 1 from organisations o where o.code in (select provider from added) for key share) locked;
    if present < wanted then
        raise exception 'records name an organisation that does not exist' using errcode = 'foreign_key_violation';
    end if;
    select count(distinct catalog_version) into wanted from added;
    select count(*) into present
      from (select 1 from catalog_versions c where c.version in (select catalog_version from added) for key share) locked;
    if present < wanted then
        raise exception 'records name a catalog version that does not exist' using errcode = 'foreign_key_violation';
    end if;
    return null;
end $$;

create trigger records_references_on_insert after insert on records
    referencing new table as added for each statement execute function records_references_exist();

-- no update of the platform changes either column; one that does is checked row by row, as the foreign key did
-- (a trigger with a transition table would copy every row of every update, the expiry sweep's too)
create function record_references_exist() returns trigger language plpgsql as $$
begin
    perform 1 from organisations where code = new.provider for key share;
    if not found then
        raise exception 'record names an organisation that does not exist' using errcode = 'foreign_key_violation';
    end if;
    perform 1 from catalog_versions where version = new.catalog_version for key share;
    if not found then
        raise exception 'record names a catalog version that does not exist' using errcode = 'foreign_key_violation';
    end if;
    return new;
end $$;

create trigger records_references_on_update before update of provider, catalog_version on records
    for each row execute function record_references_exist();

create function organisation_with_records_kept() returns trigger language plpgsql as $$
begin
    if (tg_op = 'DELETE' or new.code is distinct from old.code)
       and exists (select 1 from records where provider = old.code) then
        raise exception 'organisation % still has records', old.code using errcode = 'foreign_key_violation';
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end $$;

create function catalog_version_with_records_kept() returns trigger language plpgsql as $$
begin
    if (tg_op = 'DELETE' or new.version is distinct from old.version)
       and exists (select 1 from records where catalog_version = old.version) then
        raise exception 'catalog version % still has records', old.version using errcode = 'foreign_key_violation';
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end $$;

create trigger organisations_with_records_kept before delete or update of code on organisations
    for each row execute function organisation_with_records_kept();
create trigger catalog_versions_with_records_kept before delete or update of version on catalog_versions
    for each row execute function catalog_version_with_records_kept();
