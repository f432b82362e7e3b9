package io.gongxin.measures.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The measures reported applied on a check (R-24c), and their counts. */
@Repository
class MeasureFeedbackJdbc {

	private final JdbcClient jdbc;

	MeasureFeedbackJdbc(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** How often a measure was reported applied, per matter and organisation. */
	record MeasureFeedbackCount(String measure, String matter, String organisation, long applied) {
	}

	void add(UUID checkId, String measure, MeasureChecksJdbc.StoredCheck check, OffsetDateTime at, String note) {
		jdbc.sql("""
				insert into measure_feedback (check_id, measure, matter, organisation, applied_at, note)
				values (?, ?, ?, ?, ?, ?) on conflict do nothing""")
			.params(checkId, measure, check.matter(), check.organisation(), at, note)
			.update();
	}

	List<MeasureFeedbackCount> counts() {
		return jdbc.sql("""
				select measure, matter, organisation, count(*) as applied from measure_feedback
				 group by measure, matter, organisation order by measure, matter, organisation""")
			.query((rs, row) -> new MeasureFeedbackCount(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4)))
			.list();
	}
}
