package io.gongxin.report.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Locale;

import io.gongxin.account.Caller;
import io.gongxin.report.ReportRequest;
import io.gongxin.subject.Subject;
import io.gongxin.subject.SubjectKey;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * R-34, issue 14: a subject's own reports. A copy (numbered, kept, verifiable) counts against the free reports of
 * the year ({@code gongxin.reports.free-per-year}); a preview on screen has no number, is not kept and does not
 * count.
 */
@Component
class OwnReports {

	private final ReportsJdbc reports;

	private final ReportContents contents;

	private final ReportDocuments documents;

	private final ReportSettings settings;

	private final Clock clock;

	OwnReports(ReportsJdbc reports, ReportContents contents, ReportDocuments documents, ReportSettings settings,
			Clock clock) {
		this.reports = reports;
		this.contents = contents;
		this.documents = documents;
		this.settings = settings;
		this.clock = clock;
	}

	/** The subject's own numbered reports since the first of January (in the platform's zone). */
	int obtainedThisYear(SubjectKey subject) {
		LocalDate today = LocalDate.now(clock);
		OffsetDateTime yearStart = today.withDayOfYear(1).atStartOfDay(clock.getZone()).toOffsetDateTime();
		return reports.ownReportsSince(subject, yearStart);
	}

	int freePerYear() {
		return settings.freePerYear();
	}

	/** Whether the next copy would be beyond the free ones, so the person confirms it first. */
	boolean nextIsBeyondFree(SubjectKey subject) {
		return obtainedThisYear(subject) >= freePerYear();
	}

	/** The report as it would read now, marked as a preview: no number, no digest, not kept, not counted. */
	@Transactional
	String preview(Subject subject, Caller caller, String id, Locale locale) {
		OffsetDateTime now = OffsetDateTime.now(clock);
		ReportContent content = contents.gather(subject, new ReportRequest(id, caller, null, null, "HTML"), null, now,
				now.toLocalDate().plus(settings.validFor()), null, settings.freePerYear());
		return documents.preview(content, locale);
	}
}
