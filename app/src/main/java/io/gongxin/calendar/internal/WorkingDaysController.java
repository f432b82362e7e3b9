package io.gongxin.calendar.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.gongxin.calendar.Deadline;
import io.gongxin.calendar.WorkingDays;
import io.gongxin.platform.DomainException;
import io.gongxin.platform.PublicEndpoints;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The N-th working day after a date (R-WD), public. */
@RestController
@Tag(name = "calendar", description = "工作日 / working days (R-WD)")
class WorkingDaysController implements PublicEndpoints {

	private final WorkingDays workingDays;

	WorkingDaysController(WorkingDays workingDays) {
		this.workingDays = workingDays;
	}

	@GetMapping("/api/v1/calendar/working-days")
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

	@Override
	public List<Endpoint> publicEndpoints() {
		return List.of(Endpoint.get("/api/v1/calendar/working-days"));
	}
}
