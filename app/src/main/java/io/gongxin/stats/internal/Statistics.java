package io.gongxin.stats.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import io.gongxin.audit.QueryCounts;
import io.gongxin.measures.MeasuresApplied;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboard's figures over the last twelve months, each one aggregate query over this module's projections
 * (records in {@link RecordFigures}, objections in {@link ObjectionTimeliness}, list entries and repairs in
 * {@link ListAndRepairFigures}); queries and applied measures, which no event announces, are counted by the
 * modules that keep them.
 */
@Component
class Statistics {

	private static final int TOP = 20;

	private final Clock clock;

	private final RecordFigures records;

	private final ObjectionTimeliness objections;

	private final QueryCounts queries;

	private final MeasuresApplied measures;

	private final ListAndRepairFigures decisions;

	Statistics(Clock clock, RecordFigures records, ObjectionTimeliness objections, QueryCounts queries,
			MeasuresApplied measures, ListAndRepairFigures decisions) {
		this.clock = clock;
		this.records = records;
		this.objections = objections;
		this.queries = queries;
		this.measures = measures;
		this.decisions = decisions;
	}

	@Transactional(readOnly = true)
	DashboardFigures dashboard() {
		LocalDate since = LocalDate.now(clock).withDayOfMonth(1).minusMonths(11);
		OffsetDateTime start = since.atStartOfDay(clock.getZone()).toOffsetDateTime();
		return new DashboardFigures(since, records.byProviderAndMonth(since), records.lateByProvider(since),
				objections.since(since), queries.byMatter(start, TOP), measures.since(start, TOP),
				decisions.listEntries(), decisions.repairs(start));
	}
}
