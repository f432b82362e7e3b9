package io.gongxin.calendar.internal;

import io.gongxin.calendar.CalendarYearChanged;
import io.gongxin.platform.SharedCaches;

import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The exceptions of the loaded years as one {@link WorkingDayCalendar}, read from the database and kept in memory;
 * re-read on every node after a change on any node (ADR 0013).
 */
@Component
class LoadedYears {

	/** The cache of the loaded years' exceptions, on every node (ADR 0013). */
	static final String CACHE = "calendar";

	private static final String SNAPSHOT = "snapshot";

	private final YearExceptionsJdbc years;

	private final SharedCaches caches;

	private final UncommittedYears uncommitted;

	LoadedYears(YearExceptionsJdbc years, SharedCaches caches, UncommittedYears uncommitted) {
		this.years = years;
		this.caches = caches;
		this.uncommitted = uncommitted;
	}

	WorkingDayCalendar snapshot() {
		// a read on a replica never fills the cache (SharedCaches#get)
		return uncommitted.current()
			.orElseGet(() -> caches.get(CACHE, SNAPSHOT, WorkingDayCalendar.class,
					() -> new WorkingDayCalendar(years.exceptionsByYear())));
	}

	/**
	 * A year was loaded in the current transaction: until it ends, this thread counts on what the transaction
	 * sees ({@link UncommittedYears}); once it commits, every node re-reads (ADR 0013). Runs before the modules' own
	 * listeners, which recompute deadlines.
	 */
	@EventListener
	@Order(Ordered.HIGHEST_PRECEDENCE)
	void on(CalendarYearChanged loaded) {
		caches.changed(CACHE);
		uncommitted.keep(() -> new WorkingDayCalendar(years.exceptionsByYear()));
	}
}
