package io.gongxin.report.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import io.gongxin.platform.DomainException;
import io.gongxin.platform.PublicEndpoints;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Verifying a credit report by its number (API.md, Reports): public, R-34. */
@RestController
@Tag(name = "report", description = "信用报告 / credit reports (R-34)")
class ReportVerificationController implements PublicEndpoints {

	private final ReportsJdbc issued;

	private final Clock clock;

	ReportVerificationController(ReportsJdbc issued, Clock clock) {
		this.issued = issued;
		this.clock = clock;
	}

	@GetMapping("/api/v1/reports/{number}")
	@Operation(summary = "按编号核验信用报告（公开）/ verify a report by its number")
	ReportVerification verify(@PathVariable String number) {
		KeptReport found = issued.lookup(number)
			.orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND, "UNKNOWN_REPORT"));
		return new ReportVerification(found.number(), found.subjectName(),
				found.issuedAt().atZoneSameInstant(clock.getZone()).toOffsetDateTime(), found.digest(),
				found.validOn(LocalDate.now(clock)), found.validUntil());
	}

	@Override
	public List<Endpoint> publicEndpoints() {
		return List.of(Endpoint.get("/api/v1/reports/*"));
	}
}
