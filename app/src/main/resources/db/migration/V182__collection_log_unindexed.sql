-- Issue 16 point 1: a batch writes one collection-log line per stored record (R-09b), ten thousand per chunk, and
-- no query of the platform reads the log by provider and time or by record: the platform only appends to it
-- (CollectionLog, batch.internal.ChunkOutcomes). Its two secondary indexes cost two index entries per line on the
-- hot path of every batch and served no read, so they go; the line itself, its primary key and its append-only
-- triggers stay. An auditor who searches a large log builds the index that search needs (ADR 0029).
drop index collection_log_by_provider;
drop index collection_log_by_record;
