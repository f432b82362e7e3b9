package io.gongxin.calendar.internal;

import java.time.LocalDate;

import io.gongxin.calendar.Deadline;
import io.gongxin.calendar.WorkingDays;

import org.springframework.stereotype.Component;

/** Counts working days (R-WD) by {@link WorkingDayCalendar} over the loaded years ({@link LoadedYears}). */
@Component
class WorkingDayArithmetic implements WorkingDays {

	/** Longer than any deadline the law sets; a guard against runaway loops, not a business rule. */
	static final int MAX_DAYS = 3660;

	private final LoadedYears years;

	WorkingDayArithmetic(LoadedYears years) {
		this.years = years;
	}

	@Override
	public Deadline deadline(LocalDate from, int n) {
		return years.snapshot().deadline(from, n);
	}

	@Override
	public boolean isWorkingDay(LocalDate day) {
		return years.snapshot().isWorkingDay(day);
	}

	@Override
	public boolean isProvisional(int year) {
		return years.snapshot().isProvisional(year);
	}
}
