package io.gongxin.report.internal;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;

import io.gongxin.account.Caller;
import io.gongxin.platform.DomainException;
import io.gongxin.report.CreditReports;
import io.gongxin.report.IssuedReport;
import io.gongxin.report.ReportRequest;
import io.gongxin.subject.IdentifierCheck;
import io.gongxin.subject.Identifiers;
import io.gongxin.subject.Subject;
import io.gongxin.subject.SubjectType;
import io.gongxin.subject.Subjects;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Issues a report: read (logged), number, digest, keep, lay out, in one transaction. */
@Component
class IssuingReports implements CreditReports {

	private final Identifiers identifiers;

	private final Subjects subjects;

	private final ReportContents contents;

	private final ReportDocuments documents;

	private final ReportsJdbc reports;

	private final ReportFonts fonts;

	private final ReportSettings settings;

	private final Clock clock;

	private final TransactionTemplate transactions;

	private final io.gongxin.platform.Meters meters;

	private final OwnReports ownReports;

	IssuingReports(Identifiers identifiers, Subjects subjects, ReportContents contents, ReportDocuments documents,
			ReportsJdbc reports, ReportFonts fonts, ReportSettings settings, Clock clock,
			PlatformTransactionManager transactionManager, io.gongxin.platform.Meters meters, OwnReports ownReports) {
		this.ownReports = ownReports;
		this.meters = meters;
		this.transactions = new TransactionTemplate(transactionManager);
		this.identifiers = identifiers;
		this.subjects = subjects;
		this.contents = contents;
		this.documents = documents;
		this.reports = reports;
		this.fonts = fonts;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Reading, numbering and keeping the digest happen in one short transaction; the layout (a PDF takes tens
	 * of milliseconds) happens after it commits, so no database connection waits on a renderer.
	 */
	@Override
	public IssuedReport issue(ReportRequest request) {
		boolean pdf = "PDF".equalsIgnoreCase(request.format());
		Path font = pdf ? fonts.require() : null;
		ReportContent content = transactions.execute(status -> gather(request, pdf));
		IssuedReport issued = pdf
				? new IssuedReport(content.number(), MediaType.APPLICATION_PDF_VALUE,
						documents.pdf(content, LocaleContextHolder.getLocale(), font))
				: new IssuedReport(content.number(), "text/html;charset=UTF-8",
						ReportDocuments.utf8(documents.html(content, LocaleContextHolder.getLocale())));
		io.gongxin.account.Role role = request.caller().role();
		meters.reportRendered(pdf ? "PDF" : "HTML", role == null ? "ANONYMOUS" : role.name());
		return issued;
	}

	private ReportContent gather(ReportRequest request, boolean pdf) {
		IdentifierCheck check = identifiers.checkField(request.subjectId(), "id");
		Optional<Subject> found = subjects.find(check);
		// issue 12: an anonymous report would tell whether the platform knows a person, and name them; a person's
		// report needs a signed-in caller, and the refusal is the same for a known and an unknown number
		boolean person = found.map(s -> s.type() == SubjectType.NATURAL_PERSON)
			.orElse(check.as(SubjectType.NATURAL_PERSON).isPresent());
		if (request.caller().isAnonymous() && person) {
			throw new DomainException(DomainException.Kind.NOT_PERMITTED, "REPORT_NEEDS_SIGN_IN");
		}
		Subject subject = found.orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND, "UNKNOWN_SUBJECT"));
		OffsetDateTime now = OffsetDateTime.now(clock);
		LocalDate today = now.toLocalDate();
		int ownOfYear = ownReports.obtainedThisYear(subject.key()) + 1;
		String number = ReportNumbers.next(today);
		ReportContent content = contents.gather(subject, request, number, now, today.plus(settings.validFor()), ownOfYear,
				settings.freePerYear());
		content = content.withDigest(documents.digest(content));
		Caller caller = request.caller();
		reports.add(subject.key(), content, verificationName(subject), caller.username(),
				caller.role() == null ? "ANONYMOUS" : caller.role().name(), pdf ? "PDF" : "HTML");
		return content;
	}

	/** Verification is public: an organisation's name whole, a person's family name only (张**). */
	static String verificationName(Subject subject) {
		String name = subject.name() == null ? "" : subject.name();
		if (subject.type() != SubjectType.NATURAL_PERSON || name.isEmpty()) {
			return name;
		}
		int first = name.offsetByCodePoints(0, 1);
		return name.substring(0, first) + "*".repeat(Math.max(1, name.codePointCount(first, name.length())));
	}
}
