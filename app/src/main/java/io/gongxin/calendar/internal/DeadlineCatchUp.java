package io.gongxin.calendar.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import io.gongxin.calendar.CountedDeadlines;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * R-WD: the deadlines of this year and the next are counted again now and then, once per interval in the
 * cluster ({@link CalendarJobs}). A node whose calendar
 * was a minute old when another loaded a year's notice, or a transaction that overlapped the loading one, may have
 * stored a deadline on the provisional days; the next round puts it right. Counting again is idempotent.
 */
@Component
class DeadlineCatchUp {

	private final List<CountedDeadlines> deadlines;

	private final Clock clock;

	DeadlineCatchUp(List<CountedDeadlines> deadlines, Clock clock) {
		this.deadlines = deadlines;
		this.clock = clock;
	}

	@Transactional
	public void catchUp() {
		int year = LocalDate.now(clock).getYear();
		for (CountedDeadlines counted : deadlines) {
			counted.recount(year);
			counted.recount(year + 1);
		}
	}
}
