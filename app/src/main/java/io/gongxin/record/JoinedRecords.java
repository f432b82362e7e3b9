package io.gongxin.record;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * A subject's records on file (active or repaired), read inside a statement another module composes so that a
 * profile is one round trip (issue 16). The record module keeps its table and the reading of its columns, the
 * fields passed through as stored; the composing module gives the subject's key to join on. Alias {@code r} is taken.
 */
public interface JoinedRecords {

	/** The columns, named so that they clash with no other table's. */
	String COLUMNS = """
			r.subject_key as r_subject_key, r.record_id as r_record_id, r.item as r_item,
			r.catalog_version as r_catalog_version, r.provider as r_provider, r.source_ref as r_source_ref,
			r.occurred_on as r_occurred_on, r.ended_on as r_ended_on, r.fields::text as r_fields, r.state as r_state,
			r.late as r_late, r.version as r_version, r.submitted_at as r_submitted_at, r.updated_at as r_updated_at""";

	/** The order {@link Records#activeOf} answers them in. */
	String ORDER = "r.occurred_on, r.record_id";

	/** The record's id, to join on. */
	String ID = "r.record_id";

	/** The records on file of the subject whose key {@code subjectKey} (an SQL expression) is, left joined. */
	static String leftJoin(String subjectKey) {
		return "left join records r on r.subject_key = " + subjectKey + " and r.state in ('ACTIVE', 'REPAIRED')";
	}

	/** The record of the current row, or null where the subject has none. */
	CreditRecord read(ResultSet rs) throws SQLException;
}
