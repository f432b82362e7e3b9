package io.gongxin.batch.internal;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The staged rows that name an earlier record: a revoked one refused, the same as sent left alone, any other
 * replaced ({@link ChunkReplacements}). Runs inside the chunk's transaction.
 */
@Component
class ChunkCorrections {

	private final JdbcClient jdbc;

	private final ChunkReplacements replacements;

	ChunkCorrections(JdbcClient jdbc, ChunkReplacements replacements) {
		this.jdbc = jdbc;
		this.replacements = replacements;
	}

	/** How many records were updated, and which rows were refused as revoked. */
	record Corrected(int updated, List<Integer> revokedRows) {
	}

	Corrected correct(MergeTarget target, OffsetDateTime now) {
		classify(target.item());
		int updated = replacements.replace(target.provider(), target.username(), target.item(), target.catalogVersion(),
				now);
		return new Corrected(updated,
				jdbc.sql("select row_no from batch_chunk where outcome = 'REVOKED'").query(Integer.class).list());
	}

	/** Each row that names an earlier record: that record revoked, the same as sent, or to be updated. */
	private void classify(String item) {
		jdbc.sql("""
				update batch_chunk s set outcome = case
				         when r.state = 'REVOKED' then 'REVOKED'
				         when r.subject_key = s.subject_key and r.item = ? and r.occurred_on = s.occurred_on
				              and r.ended_on is not distinct from s.ended_on and r.fields = s.fields then 'UNCHANGED'
				         else 'UPDATED' end
				  from records r where s.outcome = 'EXISTING' and r.record_id = s.record_id""")
			.param(item)
			.update();
	}
}
