package io.gongxin.calendar.internal;

import io.gongxin.calendar.CalendarYearChanged;
import io.gongxin.platform.SharedCaches;

import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The exceptions of the loaded years as one {@link WorkingDayCalendar}, read from the database and kept in memory;
 * re-read on every node after a change on any node (ADR 0013).
 */
@Component
class LoadedYears {

	/** The cache of the loaded years' exceptions, on every node (ADR 0013). */
	static final String CACHE = "calendar";

	private static final String SNAPSHOT = "snapshot";

	private final HolidayYearsJdbc years;

	private final SharedCaches caches;

	LoadedYears(HolidayYearsJdbc years, SharedCaches caches) {
		this.years = years;
		this.caches = caches;
	}

	WorkingDayCalendar snapshot() {
		WorkingDayCalendar loading = (WorkingDayCalendar) TransactionSynchronizationManager.getResource(this);
		if (loading != null) {
			return loading;
		}
		// a read on a replica never fills the cache (SharedCaches#get)
		return caches.get(CACHE, SNAPSHOT, WorkingDayCalendar.class, () -> new WorkingDayCalendar(years.exceptionsByYear()));
	}

	/**
	 * A year was loaded in the current transaction: until it ends, this thread counts on what the transaction
	 * sees (so deadlines recomputed in it use the new year), other threads on the committed data; once it
	 * commits, every node re-reads (ADR 0013). Runs before the modules' own listeners, which recompute deadlines.
	 */
	@EventListener
	@Order(Ordered.HIGHEST_PRECEDENCE)
	void on(CalendarYearChanged loaded) {
		caches.changed(CACHE);
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return;
		}
		if (TransactionSynchronizationManager.hasResource(this)) {
			TransactionSynchronizationManager.unbindResource(this);
		}
		else {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(LoadedYears.this);
				}
			});
		}
		TransactionSynchronizationManager.bindResource(this, new WorkingDayCalendar(years.exceptionsByYear()));
	}
}
