package io.gongxin.report.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import io.gongxin.account.Caller;
import io.gongxin.report.ReportRequest;
import io.gongxin.subject.Subject;

import org.springframework.stereotype.Component;

/**
 * Gives a report its content, number and digest, and keeps it for verification: what is issued is
 * recorded before it is laid out.
 */
@Component
class NumberedReports {

	private final ReportContents contents;

	private final ReportDigests digests;

	private final ReportsJdbc reports;

	private final ReportSettings settings;

	private final OwnReports ownReports;

	private final Clock clock;

	NumberedReports(ReportContents contents, ReportDigests digests, ReportsJdbc reports, ReportSettings settings,
			OwnReports ownReports, Clock clock) {
		this.contents = contents;
		this.digests = digests;
		this.reports = reports;
		this.settings = settings;
		this.ownReports = ownReports;
		this.clock = clock;
	}

	/** Runs in the caller's transaction: the read (logged), the number and the kept digest commit together. */
	ReportContent issue(Subject subject, ReportRequest request, boolean pdf) {
		OffsetDateTime now = OffsetDateTime.now(clock);
		LocalDate today = now.toLocalDate();
		int ownOfYear = ownReports.obtainedThisYear(subject.key()) + 1;
		ReportContent content = contents.gather(subject, request, ReportNumbers.next(today), now,
				today.plus(settings.validFor()), ownOfYear, settings.freePerYear());
		content = content.withDigest(digests.digest(content));
		Caller caller = request.caller();
		reports.add(subject.key(), content, VerificationNames.of(subject), caller.username(),
				caller.role() == null ? "ANONYMOUS" : caller.role().name(), pdf ? "PDF" : "HTML");
		return content;
	}
}
