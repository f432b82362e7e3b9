-- The 2017 Shanghai Regulations set two deadlines for the centre: forward within 2 working days, correct
-- its own error within 5. correct_by holds the second (equal to compare_by under the 2016 Measures).
alter table objections add column correct_by date;
update objections set correct_by = compare_by where correct_by is null;
alter table objections alter column correct_by set not null;
