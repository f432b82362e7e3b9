-- Issue 16: the objection deadline sweep (R-30b) touches only the forwarded objections not yet suspended whose
-- provider's deadline has passed: by deadline, among those still waiting (the index shrinks as they are answered).
create index objections_overdue on objections (verify_by) where status = 'FORWARDED' and suspended_on is null;
