package io.gongxin.batch.internal;

import java.time.OffsetDateTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The staged rows classified UPDATED replace the records they name: the previous version kept with who, when and
 * why, the new one written at the next version, and the source reference's key following a changed subject. Runs
 * inside the chunk's transaction.
 */
@Component
class ChunkReplacements {

	private final JdbcClient jdbc;

	ChunkReplacements(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Returns how many records were replaced. */
	int replace(String provider, String username, String item, String catalogVersion, OffsetDateTime now) {
		jdbc.sql("""
				insert into record_versions (subject_key, record_id, version, item, catalog_version, occurred_on, ended_on,
				                             fields, state, replaced_at, replaced_by, reason)
				select r.subject_key, r.record_id, r.version, r.item, r.catalog_version, r.occurred_on, r.ended_on, r.fields,
				       r.state, ?, ?, '更正 / correction by resubmission (batch)'
				  from records r join batch_chunk s on s.record_id = r.record_id
				 where s.outcome = 'UPDATED'""")
			.params(now, username)
			.update();
		int updated = jdbc.sql("""
				with old as (
				  delete from records r using batch_chunk s
				   where s.outcome = 'UPDATED' and r.record_id = s.record_id
				  returning r.record_id, r.version, r.submitted_at)
				insert into records (subject_key, record_id, item, catalog_version, provider, source_ref, occurred_on, ended_on,
				                     fields, late, version, submitted_at, updated_at, updated_by)
				select s.subject_key, s.record_id, ?, ?, ?, s.source_ref, s.occurred_on, s.ended_on, s.fields, s.late,
				       old.version + 1, old.submitted_at, ?, ?
				  from batch_chunk s join old on old.record_id = s.record_id""")
			.params(item, catalogVersion, provider, now, username)
			.update();
		jdbc.sql("""
				update record_keys k set subject_key = s.subject_key from batch_chunk s
				 where s.outcome = 'UPDATED' and k.provider = ? and k.source_ref = s.source_ref
				   and k.subject_key <> s.subject_key""")
			.param(provider)
			.update();
		return updated;
	}
}
