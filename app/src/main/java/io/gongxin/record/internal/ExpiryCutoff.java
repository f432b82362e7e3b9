package io.gongxin.record.internal;

import java.time.LocalDate;
import java.time.Period;

/**
 * R-27a as an index range: the last day a period may have begun on and have run out by {@code today}. A record
 * counted from day {@code d} is due when {@code d + period <= today} (PostgreSQL's {@code date + interval}, which
 * like {@link LocalDate#plus} adds the months in one step, clamped to the month's end, then the days); since that
 * grows with {@code d}, the due days are exactly those up to this one. The sweep still checks the exact rule on
 * each row; this bound only lets it read the due rows through an index.
 */
final class ExpiryCutoff {

	/** More than any month-end clamping can shift a day (at most three days, February to a 31-day month). */
	private static final int SLACK_DAYS = 7;

	private ExpiryCutoff() {
	}

	/** The latest day {@code d} with {@code d + period <= today}. */
	static LocalDate lastDue(Period period, LocalDate today) {
		LocalDate day = today.minus(period).plusDays(SLACK_DAYS);
		while (day.plus(period).isAfter(today)) {
			day = day.minusDays(1);
		}
		return day;
	}
}
