package io.gongxin.calendar.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import io.gongxin.calendar.HolidayYear;

/**
 * R-WD: the days a holiday notice's rows name, each with the row it came from, so that two rows naming one day, a
 * holiday too long or an adjusted working day on a weekday are reported with their rows (as the page numbers them).
 */
final class NoticeDays {

	private final Map<LocalDate, HolidayYear.Day> days = new TreeMap<>();

	private final Map<LocalDate, Integer> rowOf = new TreeMap<>();

	boolean isEmpty() {
		return days.isEmpty();
	}

	/** The days by date. */
	List<HolidayYear.Day> inOrder() {
		return List.copyOf(days.values());
	}

	/** Holiday row {@code row}: every day from {@code from} to {@code to}, none already named by another row. */
	Optional<NoticeProblem> holiday(int row, String name, LocalDate from, LocalDate to) {
		if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) >= HolidayNotice.MAX_HOLIDAY_DAYS) {
			return Optional.of(new NoticeProblem("calendar.notice.error.range", row, HolidayNotice.MAX_HOLIDAY_DAYS));
		}
		for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
			Integer other = rowOf.putIfAbsent(day, row);
			if (other != null) {
				return Optional.of(new NoticeProblem("calendar.notice.error.overlap", row, other, day.toString()));
			}
			days.put(day, new HolidayYear.Day(name, day, true));
		}
		return Optional.empty();
	}

	/** Adjusted working day row {@code row}: a Saturday or Sunday that no holiday row names. */
	Optional<NoticeProblem> workday(int row, String name, LocalDate day) {
		if (day.getDayOfWeek().getValue() < 6) {
			return Optional.of(new NoticeProblem("calendar.notice.error.weekday", row, day.toString()));
		}
		if (days.containsKey(day)) {
			return Optional.of(new NoticeProblem("calendar.notice.error.workdayInHoliday", row, day.toString(),
					rowOf.get(day)));
		}
		days.put(day, new HolidayYear.Day(name, day, false));
		return Optional.empty();
	}
}
