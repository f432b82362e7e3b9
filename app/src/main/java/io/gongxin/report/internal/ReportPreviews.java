package io.gongxin.report.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Locale;

import io.gongxin.account.Caller;
import io.gongxin.report.ReportRequest;
import io.gongxin.subject.Subject;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Issue 14: a subject's own report on screen, marked as a preview; no number, not kept, not counted. */
@Component
class ReportPreviews {

	private final ReportContents contents;

	private final ReportDocuments documents;

	private final ReportSettings settings;

	private final Clock clock;

	ReportPreviews(ReportContents contents, ReportDocuments documents, ReportSettings settings, Clock clock) {
		this.contents = contents;
		this.documents = documents;
		this.settings = settings;
		this.clock = clock;
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
