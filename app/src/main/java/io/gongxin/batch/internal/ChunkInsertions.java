package io.gongxin.batch.internal;

import java.time.OffsetDateTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The staged rows that are new ({@code CREATED}): their records and keys. Runs inside the chunk's transaction. */
@Component
class ChunkInsertions {

	private final JdbcClient jdbc;

	ChunkInsertions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The chunk's new records and their keys. */
	void insert(MergeTarget target, OffsetDateTime now) {
		jdbc.sql("""
				insert into record_keys (provider, source_ref, subject_key, record_id)
				select ?, source_ref, subject_key, record_id from batch_chunk where outcome = 'CREATED'""")
			.param(target.provider())
			.update();
		jdbc.sql("""
				insert into records (subject_key, record_id, item, catalog_version, provider, source_ref, occurred_on,
				                     ended_on, fields, late, version, submitted_at, updated_at, updated_by)
				select subject_key, record_id, ?, ?, ?, source_ref, occurred_on, ended_on, fields, late, 1, ?, ?, ?
				  from batch_chunk where outcome = 'CREATED'""")
			.params(target.item(), target.catalogVersion(), target.provider(), now, now, target.username())
			.update();
	}
}
