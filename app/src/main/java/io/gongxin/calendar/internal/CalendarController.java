package io.gongxin.calendar.internal;

import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.gongxin.calendar.Deadline;
import io.gongxin.calendar.HolidayCalendar;
import io.gongxin.calendar.HolidayYear;
import io.gongxin.calendar.WorkingDays;
import io.gongxin.platform.DomainException;
import io.gongxin.platform.PublicEndpoints;
import io.gongxin.platform.PublicEndpoints.Endpoint;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/calendar")
@Tag(name = "calendar", description = "工作日 / working days (R-WD)")
class CalendarController implements PublicEndpoints {

	private final WorkingDays workingDays;

	private final HolidayCalendar calendar;

	CalendarController(WorkingDays workingDays, HolidayCalendar calendar) {
		this.workingDays = workingDays;
		this.calendar = calendar;
	}

	/** API.md: {@code {"from","add","date","provisional"}}; provisional when a day counted has no loaded notice. */
	record WorkingDayAnswer(LocalDate from, int add, LocalDate date, boolean provisional) {
	}

	@GetMapping("/working-days")
	@Operation(summary = "某日之后第 N 个工作日（未载入放假安排的年份按暂定日历计算）/ the N-th working day after a date "
			+ "(provisional for a year whose notice is not loaded)")
	WorkingDayAnswer workingDays(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam int add) {
		if (add < 0 || add > WorkingDayArithmetic.MAX_DAYS) {
			throw new DomainException(DomainException.Kind.INVALID, "INVALID_PARAMETER",
					Map.of("errors", List.of(Map.of("field", "add", "code", "INVALID_PARAMETER"))), "add");
		}
		Deadline deadline = workingDays.deadline(from, add);
		return new WorkingDayAnswer(from, add, deadline.date(), deadline.provisional());
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

	@PutMapping("/years/{year}")
	@PreAuthorize("hasRole('CENTER_ADMIN')")
	@Operation(summary = "载入或更正某年的节假日安排（中心管理员）/ load or correct a year (centre admin)")
	YearAnswer load(@PathVariable int year, @jakarta.validation.Valid @RequestBody YearRequest request, Principal principal) {
		HolidayYear holidayYear;
		try {
			if (request.year() != null && request.year() != year) {
				throw new IllegalArgumentException("year in the body differs from the path");
			}
			holidayYear = new HolidayYear(year, request.source(), request.days() == null ? null
					: request.days().stream().map(d -> new HolidayYear.Day(d.name(), d.date(), Boolean.TRUE.equals(d.isOffDay()))).toList());
		}
		catch (IllegalArgumentException ex) {
			throw new DomainException(DomainException.Kind.INVALID, "INVALID_CALENDAR", ex.getMessage());
		}
		calendar.load(holidayYear, principal.getName());
		return YearAnswer.of(holidayYear);
	}

	record YearRequest(Integer year, @jakarta.validation.constraints.Size(max = 200) String source,
			@jakarta.validation.constraints.Size(max = 400) List<@jakarta.validation.Valid DayRequest> days) {
	}

	record DayRequest(@jakarta.validation.constraints.Size(max = 100) String name, LocalDate date, Boolean isOffDay) {
	}

	/** A year's holiday notice as loaded: its source and every holiday and adjusted working day. */
	record YearAnswer(int year, String source, List<DayAnswer> days) {

		static YearAnswer of(HolidayYear year) {
			return new YearAnswer(year.year(), year.source(),
					year.days().stream().map(d -> new DayAnswer(d.name(), d.date(), d.offDay())).toList());
		}
	}

	/** A holiday ({@code isOffDay} true) or an adjusted working day (false). */
	record DayAnswer(String name, LocalDate date, @JsonProperty("isOffDay") boolean isOffDay) {
	}

	@Override
	public List<Endpoint> publicEndpoints() {
		return List.of(Endpoint.get("/api/v1/calendar/**"));
	}
}
