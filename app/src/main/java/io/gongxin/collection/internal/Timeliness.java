package io.gongxin.collection.internal;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import io.gongxin.calendar.UnknownCalendarYearException;
import io.gongxin.calendar.WorkingDays;
import io.gongxin.catalog.CatalogItem;

import org.springframework.stereotype.Component;

/**
 * 双公示 timeliness (R-09b): a licensing or penalty decision must reach the platform within the item's
 * {@code publicityWorkingDays} (7) working days of its decision date, counted by the calendar. A
 * record past that is flagged late; when the calendar does not know the year, lateness is unknown.
 */
@Component
class Timeliness {

	private final WorkingDays workingDays;

	Timeliness(WorkingDays workingDays) {
		this.workingDays = workingDays;
	}

	Boolean late(CatalogItem item, Map<String, Object> fields, LocalDate occurredOn, LocalDate submittedOn) {
		if (item.publicityWorkingDays() == null) {
			return null;
		}
		LocalDate decided = Optional.ofNullable(fields.get("decidedOn"))
			.flatMap(SubmittedDates::parse)
			.orElse(occurredOn);
		try {
			// lateness is stored for good: on a provisional calendar (R-WD) it is not known yet, so left open
			io.gongxin.calendar.Deadline due = workingDays.deadline(decided, item.publicityWorkingDays());
			return due.provisional() ? null : submittedOn.isAfter(due.date());
		}
		catch (UnknownCalendarYearException ex) {
			return null;
		}
	}
}
