package io.gongxin.measures.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.gongxin.account.Caller;
import io.gongxin.audit.QueryLog;
import io.gongxin.audit.QueryLogEntry;
import io.gongxin.catalog.Matter;
import io.gongxin.catalog.Measure;
import io.gongxin.platform.Meters;
import io.gongxin.query.DeclaredMatters;
import io.gongxin.subject.Subject;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A measure check (R-22, R-23, R-24e): which measures of the matter's application list hold for the
 * subject, each with the records or list entries that make it hold. The matter must be granted to the querier
 * and only records of its items are looked at. Logged like a query, kept for feedback.
 */
@Component
class MeasureChecks {

	private final DeclaredMatters matters;

	private final Situations situations;

	private final Policies policies;

	private final QueryLog log;

	private final MeasureChecksJdbc checks;

	private final Clock clock;

	private final Meters meters;

	MeasureChecks(DeclaredMatters matters, Situations situations, Policies policies, QueryLog log,
			MeasureChecksJdbc checks, Clock clock, Meters meters) {
		this.matters = matters;
		this.situations = situations;
		this.policies = policies;
		this.log = log;
		this.checks = checks;
		this.clock = clock;
		this.meters = meters;
	}

	@Transactional
	MeasureCheck check(Caller caller, Subject subject, String matterCode, String purpose) {
		Matter matter = matters.check(caller, subject.key(), matterCode, purpose, false);
		Situation situation = situations.of(subject, Set.copyOf(matter.items()), LocalDate.now(clock));
		List<MeasureCheck.ApplicableMeasure> measures = new ArrayList<>();
		for (Measure measure : matter.measures()) {
			List<Because> because = policies.evaluate(measure.condition(), situation);
			if (!because.isEmpty()) {
				measures.add(MeasureCheck.ApplicableMeasure.of(measure, because));
			}
		}
		MeasureCheck check = new MeasureCheck(UUID.randomUUID(), measures);
		OffsetDateTime now = OffsetDateTime.now(clock);
		log.record(new QueryLogEntry(check.checkId(), now, caller.username(), caller.organisation(), caller.role().name(),
				subject.key(), itemsBehind(measures, situation), matter.code(),
				purpose == null ? "measure check" : purpose, null, "MEASURE_CHECK"));
		checks.add(check, subject.key(), matter.code(), caller.organisation(), caller.username(), now);
		meters.measureChecked(matter.code(), !measures.isEmpty());
		return check;
	}

	/** The items of the records the reasons name, in order: what the query log says was seen. */
	private static List<String> itemsBehind(List<MeasureCheck.ApplicableMeasure> measures, Situation situation) {
		return measures.stream()
			.flatMap(m -> m.because().stream())
			.filter(b -> b.recordId() != null)
			.map(b -> situation.itemOf(b.recordId()))
			.flatMap(java.util.Optional::stream)
			.distinct()
			.toList();
	}
}
