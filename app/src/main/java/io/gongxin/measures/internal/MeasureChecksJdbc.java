package io.gongxin.measures.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.gongxin.subject.SubjectKey;
import tools.jackson.databind.ObjectMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The measure checks answered, kept for their feedback (R-24c, {@link MeasureFeedbackJdbc}). */
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
}
