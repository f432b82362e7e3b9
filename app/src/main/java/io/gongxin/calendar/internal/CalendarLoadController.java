package io.gongxin.calendar.internal;

import java.security.Principal;

import io.gongxin.calendar.HolidayYear;
import io.gongxin.calendar.LoadHolidayYear;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The centre administrator loads or corrects a year's holiday notice (R-WD). */
@RestController
@RequestMapping("/api/v1/calendar")
@Tag(name = "calendar", description = "工作日 / working days (R-WD)")
class CalendarLoadController {

	private final LoadHolidayYear calendar;

	CalendarLoadController(LoadHolidayYear calendar) {
		this.calendar = calendar;
	}

	@PutMapping("/years/{year}")
	@PreAuthorize("hasRole('CENTER_ADMIN')")
	@Operation(summary = "载入或更正某年的节假日安排（中心管理员）/ load or correct a year (centre admin)")
	YearAnswer load(@PathVariable int year, @Valid @RequestBody YearRequest request, Principal principal) {
		HolidayYear holidayYear = request.toHolidayYear(year);
		calendar.load(holidayYear, principal.getName());
		return YearAnswer.of(holidayYear);
	}
}
