-- Issue 16 point 3: the expiry sweep walks the partial index records_active_by_end, and a record it expired leaves a
-- dead entry there until the table is vacuumed; by default autovacuum waits until a fifth of the table has changed,
-- so at 10,000,000 records a sweep with nothing due re-read 100,000 dead entries (11 s, docs/benchmarks.md, Sweeps).
-- Vacuuming records after 1 % of it changed (and analysing after 2 %) keeps that work in proportion to what is due.
-- The figures are settings of the store, not of the law: an operator may tune them (docs/operations.md).
alter table records set (autovacuum_vacuum_scale_factor = 0.01, autovacuum_analyze_scale_factor = 0.02);
