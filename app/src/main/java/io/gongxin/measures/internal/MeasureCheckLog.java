package io.gongxin.measures.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import io.gongxin.account.Caller;
import io.gongxin.audit.QueryLog;
import io.gongxin.audit.QueryLogEntry;
import io.gongxin.catalog.Matter;
import io.gongxin.platform.Meters;
import io.gongxin.subject.Subject;

import org.springframework.stereotype.Component;

/** A measure check answered is logged like a query, kept for its feedback (R-24c) and counted. */
@Component
class MeasureCheckLog {

	private final QueryLog log;

	private final MeasureChecksJdbc checks;

	private final Meters meters;

	private final Clock clock;

	MeasureCheckLog(QueryLog log, MeasureChecksJdbc checks, Meters meters, Clock clock) {
		this.log = log;
		this.checks = checks;
		this.meters = meters;
		this.clock = clock;
	}

	void answered(MeasureCheck check, Caller caller, Subject subject, Matter matter, String purpose, Situation situation) {
		OffsetDateTime now = OffsetDateTime.now(clock);
		log.record(new QueryLogEntry(check.checkId(), now, caller.username(), caller.organisation(), caller.role().name(),
				subject.key(), itemsBehind(check.measures(), situation), matter.code(),
				purpose == null ? "measure check" : purpose, null, "MEASURE_CHECK"));
		checks.add(check, subject.key(), matter.code(), caller.organisation(), caller.username(), now);
		meters.measureChecked(matter.code(), !check.measures().isEmpty());
	}

	/** The items of the records the reasons name, in order: what the query log says was seen. */
	private static List<String> itemsBehind(List<MeasureCheck.ApplicableMeasure> measures, Situation situation) {
		return measures.stream()
			.flatMap(m -> m.because().stream())
			.filter(b -> b.recordId() != null)
			.map(b -> situation.itemOf(b.recordId()))
			.flatMap(Optional::stream)
			.distinct()
			.toList();
	}
}
