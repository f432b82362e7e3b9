package io.gongxin.calendar.internal;

import java.time.Duration;
import java.time.LocalDate;

import io.gongxin.calendar.CalendarYearChanged;
import io.gongxin.calendar.Deadline;
import io.gongxin.calendar.WorkingDays;
import io.gongxin.platform.SharedCache;
import io.gongxin.platform.SharedCaches;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Counts working days (R-WD) by {@link WorkingDayCalendar}: the exceptions of loaded years are read from the database
 * and kept in memory; they are re-read on every node after a change on any node (ADR 0013).
 */
@Component
class WorkingDayArithmetic implements WorkingDays {

	/** The cache of the loaded years' exceptions, on every node (ADR 0013). */
	static final String CACHE = "calendar";

	private static final String SNAPSHOT = "snapshot";

	/** Longer than any deadline the law sets; a guard against runaway loops, not a business rule. */
	static final int MAX_DAYS = 3660;

	private final HolidayYearsJdbc years;

	private final SharedCaches caches;

	WorkingDayArithmetic(HolidayYearsJdbc years, SharedCaches caches) {
		this.years = years;
		this.caches = caches;
	}

	/** Every node keeps one snapshot of the loaded years until a year is loaded or corrected on any node. */
	@Configuration(proxyBeanMethods = false)
	static class Cached {

		@Bean
		SharedCache calendarCache(@Value("${gongxin.caches.max-age:PT10M}") Duration maxAge) {
			return new SharedCache(CACHE, 4, maxAge);
		}
	}

	@Override
	public Deadline deadline(LocalDate from, int n) {
		return snapshot().deadline(from, n);
	}

	@Override
	public boolean isWorkingDay(LocalDate day) {
		return snapshot().isWorkingDay(day);
	}

	@Override
	public boolean isProvisional(int year) {
		return snapshot().isProvisional(year);
	}

	private WorkingDayCalendar snapshot() {
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
					TransactionSynchronizationManager.unbindResourceIfPossible(WorkingDayArithmetic.this);
				}
			});
		}
		TransactionSynchronizationManager.bindResource(this, new WorkingDayCalendar(years.exceptionsByYear()));
	}
}
