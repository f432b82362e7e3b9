package io.gongxin.report.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import io.gongxin.account.Caller;
import io.gongxin.platform.DomainException;
import io.gongxin.platform.PublicEndpoints;
import io.gongxin.report.CreditReports;
import io.gongxin.report.IssuedReport;
import io.gongxin.report.ReportRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Credit reports (API.md, Reports): issue as HTML or PDF, and verify by number (public). */
@RestController
@Tag(name = "report", description = "信用报告 / credit reports (R-34)")
class ReportController implements PublicEndpoints {

	static final String NUMBER_HEADER = "X-Report-Number";

	private final CreditReports reports;

	private final ReportsJdbc issued;

	private final Clock clock;

	private final io.gongxin.platform.ClientThrottle throttle;

	ReportController(CreditReports reports, ReportsJdbc issued, Clock clock, io.gongxin.platform.ClientThrottle throttle) {
		this.reports = reports;
		this.issued = issued;
		this.clock = clock;
		this.throttle = throttle;
	}

	@GetMapping(path = "/api/v1/subjects/{id}/report", produces = { MediaType.APPLICATION_PDF_VALUE, MediaType.TEXT_HTML_VALUE })
	@Operation(summary = "信用报告（HTML 或 PDF，按查询者权限）/ a credit report, as the caller may see it",
			description = "Accept: application/pdf gives the PDF (or ?format=pdf), otherwise HTML. A government querier "
					+ "declares matter and purpose. The number is in the X-Report-Number header and on the report.")
	ResponseEntity<byte[]> report(@PathVariable String id, @RequestParam(required = false) String matter,
			@RequestParam(required = false) String purpose, @RequestParam(required = false) String format,
			@RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept, Caller caller,
			jakarta.servlet.http.HttpServletRequest request) {
		AnonymousReports.count(throttle, caller, request);
		IssuedReport report = reports.issue(new ReportRequest(id, caller, matter, purpose, formatOf(format, accept)));
		return respond(report);
	}

	static ResponseEntity<byte[]> respond(IssuedReport report) {
		boolean pdf = report.mediaType().equals(MediaType.APPLICATION_PDF_VALUE);
		return ResponseEntity.ok()
			.header(NUMBER_HEADER, report.number())
			.header(HttpHeaders.CONTENT_TYPE, report.mediaType())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(report.number() + (pdf ? ".pdf" : ".html")).build().toString())
			.body(report.body());
	}

	/** PDF when asked for by parameter, or when the Accept header prefers it to HTML; HTML otherwise. */
	static String formatOf(String format, String accept) {
		if (format != null && !format.isBlank()) {
			String wanted = format.strip().toUpperCase();
			if (!wanted.equals("PDF") && !wanted.equals("HTML")) {
				throw new DomainException(DomainException.Kind.INVALID, "INVALID_PARAMETER", "format");
			}
			return wanted;
		}
		if (accept == null || accept.isBlank()) {
			return "HTML";
		}
		List<MediaType> types;
		try {
			types = MediaType.parseMediaTypes(accept);
		}
		catch (IllegalArgumentException ex) {
			return "HTML";
		}
		types = types.stream().sorted(Comparator.comparingDouble(MediaType::getQualityValue).reversed()).toList();
		return types.stream()
			.filter(t -> t.isCompatibleWith(MediaType.APPLICATION_PDF) || t.isCompatibleWith(MediaType.TEXT_HTML))
			.findFirst()
			.map(t -> t.getSubtype().equals("pdf") ? "PDF" : "HTML")
			.orElseThrow(() -> new DomainException(DomainException.Kind.NOT_ACCEPTABLE, "NOT_ACCEPTABLE"));
	}

	@GetMapping("/api/v1/reports/{number}")
	@Operation(summary = "按编号核验信用报告（公开）/ verify a report by its number")
	ReportVerification verify(@PathVariable String number) {
		ReportsJdbc.Verification found = issued.lookup(number)
			.orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND, "UNKNOWN_REPORT"));
		return new ReportVerification(found.number(), found.subjectName(),
				found.issuedAt().atZoneSameInstant(clock.getZone()).toOffsetDateTime(), found.digest(),
				found.validOn(LocalDate.now(clock)), found.validUntil());
	}

	@Override
	public List<Endpoint> publicEndpoints() {
		return List.of(Endpoint.get("/api/v1/subjects/*/report"), Endpoint.get("/api/v1/reports/*"));
	}
}
