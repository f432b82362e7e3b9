package io.gongxin.calendar.internal;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import io.gongxin.calendar.CalendarYearChanged;
import io.gongxin.calendar.Deadline;
import io.gongxin.calendar.UnknownCalendarYearException;
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
 * Counts working days (R-WD): Saturdays and Sundays are off unless listed as adjusted working days,
 * weekdays are on unless listed as holidays. The exceptions of loaded years are read from the database and
 * kept in memory; they are re-read on every node after a change on any node (ADR 0013). A year not loaded takes its exceptions from {@link StatutoryHolidays} and is provisional.
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

	/**
	 * The loaded years' exceptions, and the provisional ones computed so far (filled lazily, per snapshot, at most
	 * one map per provisional year).
	 */
	private record Snapshot(Map<Integer, Map<LocalDate, Boolean>> loaded, Map<Integer, Map<LocalDate, Boolean>> provisional) {

		Snapshot(Map<Integer, Map<LocalDate, Boolean>> loaded) {
			this(loaded, new java.util.concurrent.ConcurrentHashMap<>());
		}

		Map<LocalDate, Boolean> exceptions(int year) {
			Map<LocalDate, Boolean> known = loaded.get(year);
			if (known != null) {
				return known;
			}
			if (year < FIRST_PROVISIONAL_YEAR || year > LAST_PROVISIONAL_YEAR) {
				throw new UnknownCalendarYearException(year);
			}
			return provisional.computeIfAbsent(year, y -> {
				Map<LocalDate, Boolean> off = new HashMap<>();
				StatutoryHolidays.of(y).keySet().forEach(day -> off.put(day, true));
				return off;
			});
		}

		boolean isWorkingDay(LocalDate day) {
			Boolean offDay = exceptions(day.getYear()).get(day);
			if (offDay != null) {
				return !offDay;
			}
			return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
		}
	}

	@Override
	public Deadline deadline(LocalDate from, int n) {
		if (n < 0 || n > MAX_DAYS) {
			throw new IllegalArgumentException("n must be between 0 and " + MAX_DAYS);
		}
		Snapshot current = snapshot();
		current.exceptions(from.getYear());
		LocalDate day = from;
		boolean provisional = false;
		for (int counted = 0; counted < n;) {
			day = day.plusDays(1);
			provisional |= !current.loaded().containsKey(day.getYear());
			if (current.isWorkingDay(day)) {
				counted++;
			}
		}
		return new Deadline(day, provisional);
	}

	@Override
	public boolean isWorkingDay(LocalDate day) {
		return snapshot().isWorkingDay(day);
	}

	@Override
	public boolean isProvisional(int year) {
		return !snapshot().loaded().containsKey(year);
	}

	private Snapshot snapshot() {
		Snapshot loading = (Snapshot) TransactionSynchronizationManager.getResource(this);
		if (loading != null) {
			return loading;
		}
		// a read on a replica never fills the cache (SharedCaches#get)
		return caches.get(CACHE, SNAPSHOT, Snapshot.class, () -> new Snapshot(years.exceptionsByYear()));
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
		TransactionSynchronizationManager.bindResource(this, new Snapshot(years.exceptionsByYear()));
	}
}
