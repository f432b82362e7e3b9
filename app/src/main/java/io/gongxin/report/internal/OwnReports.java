package io.gongxin.report.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import io.gongxin.subject.SubjectKey;

import org.springframework.stereotype.Component;

/**
 * R-34, issue 14: a subject's own reports. A copy (numbered, kept, verifiable) counts against the free reports of
 * the year ({@code gongxin.reports.free-per-year}); a preview ({@link ReportPreviews}) does not count.
 */
@Component
class OwnReports {

	private final ReportsJdbc reports;

	private final ReportSettings settings;

	private final Clock clock;

	OwnReports(ReportsJdbc reports, ReportSettings settings, Clock clock) {
		this.reports = reports;
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
}
