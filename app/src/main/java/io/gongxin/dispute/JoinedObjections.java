package io.gongxin.dispute;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Map;

/**
 * The objections that mark or withdraw a record (as {@link Objections#onRecords} reads them), read inside a statement
 * another module composes so that a profile is one round trip (issue 16). The dispute module keeps its table, which
 * objections count and what they do to the record (R-29b, R-30a, R-30b); the composing module gives the record to join
 * on and orders its rows by {@link #ORDER} within each record. Alias {@code o} is taken.
 */
public interface JoinedObjections {

	/** The columns, named so that they clash with no other table's. */
	String COLUMNS = "o.id as o_id, o.status as o_status, o.received_on as o_received_on, o.verify_by as o_verify_by,"
			+ " o.outcome as o_outcome, o.record_withdrawn as o_record_withdrawn";

	/** Within one record, the order {@link Objections#onRecords} reads them in (a later one replaces an earlier). */
	String ORDER = "o.id";

	/** The objections marking or withdrawing the record of {@code subjectKey} and {@code recordId}, left joined. */
	static String leftJoin(String subjectKey, String recordId) {
		return "left join objections o on o.subject_key = " + subjectKey + " and o.record_id = " + recordId
				+ " and (o.status in ('RECEIVED', 'FORWARDED', 'DISAGREED') or o.record_withdrawn)";
	}

	/**
	 * Notes what the current row's objection, if it has one, does to the record: its mark (open or disagreed, suspended
	 * when the provider missed its deadline by {@code today}) or its withdrawal, replacing an earlier one's.
	 */
	void read(ResultSet rs, long recordId, LocalDate today, Map<Long, ObjectionMark> marks, Map<Long, String> withdrawals)
			throws SQLException;
}
