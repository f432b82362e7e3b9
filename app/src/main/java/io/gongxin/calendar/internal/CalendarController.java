package io.gongxin.calendar.internal;

import java.util.List;
import java.util.Map;

import io.gongxin.calendar.HolidayCalendar;
import io.gongxin.platform.DomainException;
import io.gongxin.platform.PublicEndpoints;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The holiday notices loaded, year by year (R-WD): public to read, loaded by the centre administrator
 * ({@link CalendarLoadController}).
 */
@RestController
@RequestMapping("/api/v1/calendar")
@Tag(name = "calendar", description = "工作日 / working days (R-WD)")
class CalendarController implements PublicEndpoints {

	private final HolidayCalendar calendar;

	CalendarController(HolidayCalendar calendar) {
		this.calendar = calendar;
	}

	@GetMapping("/years")
	@Operation(summary = "已载入节假日安排的年份 / years with holiday data")
	List<HolidayCalendar.KnownYear> years() {
		return calendar.years();
	}

	@GetMapping("/years/{year}")
	@Operation(summary = "某年的节假日与调休上班日 / a year's holidays and adjusted working days")
	YearAnswer year(@PathVariable int year) {
		return calendar.year(year).map(YearAnswer::of).orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND, "UNKNOWN_CALENDAR_YEAR", Map.of("year", year), String.valueOf(year)));
	}

	@Override
	public List<Endpoint> publicEndpoints() {
		return List.of(Endpoint.get("/api/v1/calendar/**"));
	}
}
