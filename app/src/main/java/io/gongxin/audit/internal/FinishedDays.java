package io.gongxin.audit.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The days whose checkpoints are due ({@link Checkpoints}): a day is signed once it is over, each once, from the day
 * after the last signed one (or the day of the first sealed entry) up to yesterday; none while nothing is sealed.
 */
final class FinishedDays {

	private FinishedDays() {
	}

	static List<LocalDate> due(LocalDate lastSigned, LocalDate firstSealed, LocalDate today) {
		List<LocalDate> days = new ArrayList<>();
		if (firstSealed == null) {
			return days;
		}
		for (LocalDate day = lastSigned == null ? firstSealed : lastSigned.plusDays(1); day.isBefore(today);
				day = day.plusDays(1)) {
			days.add(day);
		}
		return days;
	}
}
