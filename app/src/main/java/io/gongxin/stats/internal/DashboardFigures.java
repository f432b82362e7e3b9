package io.gongxin.stats.internal;

import java.time.LocalDate;
import java.util.List;

import io.gongxin.audit.QueryCounts.MatterQueries;
import io.gongxin.measures.MeasuresApplied.Applied;

/**
 * The dashboard's figures over the last twelve months (API.md, GET /stats/dashboard).
 *
 * @param since the first day counted: the first of the month eleven months back
 * @param listEntries the red and black lists' entries by status, whenever decided
 */
public record DashboardFigures(LocalDate since, List<ProviderMonth> recordsByProviderAndMonth,
		List<ProviderLateness> lateByProvider, ObjectionFigures objections, List<MatterQueries> queriesByMatter,
		List<Applied> measuresApplied, List<ListFigures> listEntries, RepairFigures repairs) {

	/** @param month {@code YYYY-MM} in the platform's time zone */
	public record ProviderMonth(String provider, String month, long records, long late) {
	}

	public record ProviderLateness(String provider, long records, long late) {
	}

	/**
	 * Objections received in the period.
	 *
	 * @param withinDeadline decided by their deadline
	 * @param late decided after it
	 * @param open received or forwarded, not yet decided
	 * @param disagreed the subject still disagrees and the centre has not reviewed it
	 * @param reviewed the centre reviewed the disagreement
	 */
	public record ObjectionFigures(long withinDeadline, long late, long open, long disagreed, long reviewed) {
	}

	/** @param list {@code SERIOUS_DISHONESTY} or {@code RED} */
	public record ListFigures(String list, String status, long entries) {
	}

	/** Repair requests decided in the period. */
	public record RepairFigures(long granted, long refused) {
	}
}
