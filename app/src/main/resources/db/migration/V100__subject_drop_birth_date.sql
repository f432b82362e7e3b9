-- Issue 12 point 4 (R-05 protection): a person's birth date beside the masked number (first four, last four
-- characters, check character included) left about nine candidates for the whole id number, each confirmable by
-- the blind index. The birth date goes: adulthood (R-10) is decided from the number a submission carries.
-- What remains in clear is the display mask alone: birth date and sequence hidden, about 10^7 candidates.
alter table subjects drop column birth_date; -- drops the check constraint that named it, too
alter table subjects add constraint subjects_identifier_by_type
    check ((type = 'LEGAL_PERSON' and uscc is not null and id_ciphertext is null)
        or (type = 'NATURAL_PERSON' and uscc is null and id_ciphertext is not null));
-- DROP COLUMN only hides the values; rewriting the table (CLUSTER nulls dropped columns and leaves dead
-- rows behind) removes them from the data files, so a later file-level backup or replica no longer has them.
cluster subjects using subjects_pkey;
