package io.gongxin.measures.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.gongxin.subject.SubjectKey;
import tools.jackson.databind.ObjectMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The measure checks answered (kept for feedback, R-24c) and the feedback on them. */
@Repository
class MeasureChecksJdbc {

	private final JdbcClient jdbc;

	private final ObjectMapper json;

	MeasureChecksJdbc(JdbcClient jdbc, ObjectMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** A check as kept: for which matter, by which organisation, and the measures it found. */
	record StoredCheck(String matter, String organisation, List<String> measures) {
	}

	/** How often a measure was reported applied, per matter and organisation. */
	record MeasureFeedbackCount(String measure, String matter, String organisation, long applied) {
	}

	void add(MeasureCheck check, SubjectKey subject, String matter, String organisation, String username,
			OffsetDateTime at) {
		jdbc.sql("""
				insert into measure_checks (id, subject_key, matter, organisation, username, checked_at, measures, result)
				values (?, ?, ?, ?, ?, ?, ?, cast(? as jsonb))""")
			.params(check.checkId(), subject.value(), matter, organisation, username, at,
					check.codes().toArray(String[]::new), json.writeValueAsString(check.measures()))
			.update();
	}

	Optional<StoredCheck> find(UUID id) {
		return jdbc.sql("select matter, organisation, measures from measure_checks where id = ?")
			.param(id)
			.query((rs, row) -> new StoredCheck(rs.getString(1), rs.getString(2),
					List.of((String[]) rs.getArray(3).getArray())))
			.optional();
	}

	void addFeedback(UUID checkId, String measure, StoredCheck check, OffsetDateTime at, String note) {
		jdbc.sql("""
				insert into measure_feedback (check_id, measure, matter, organisation, applied_at, note)
				values (?, ?, ?, ?, ?, ?) on conflict do nothing""")
			.params(checkId, measure, check.matter(), check.organisation(), at, note)
			.update();
	}

	List<MeasureFeedbackCount> feedbackCounts() {
		return jdbc.sql("""
				select measure, matter, organisation, count(*) as applied from measure_feedback
				 group by measure, matter, organisation order by measure, matter, organisation""")
			.query((rs, row) -> new MeasureFeedbackCount(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4)))
			.list();
	}
}
