package io.gongxin.report.internal;

import java.nio.file.Path;

import io.gongxin.account.Role;
import io.gongxin.platform.Meters;
import io.gongxin.report.CreditReports;
import io.gongxin.report.IssuedReport;
import io.gongxin.report.ReportRequest;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issues a report: whose ({@link ReportSubjects}), read, numbered and kept ({@link NumberedReports}) in one
 * transaction, then laid out ({@link ReportDocuments}).
 */
@Component
class IssuingReports implements CreditReports {

	private final ReportSubjects subjects;

	private final NumberedReports numbered;

	private final ReportDocuments documents;

	private final ReportFonts fonts;

	private final Meters meters;

	private final TransactionTemplate transactions;

	IssuingReports(ReportSubjects subjects, NumberedReports numbered, ReportDocuments documents, ReportFonts fonts,
			Meters meters, PlatformTransactionManager transactionManager) {
		this.subjects = subjects;
		this.numbered = numbered;
		this.documents = documents;
		this.fonts = fonts;
		this.meters = meters;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/**
	 * Reading, numbering and keeping the digest happen in one short transaction; the layout (a PDF takes tens
	 * of milliseconds) happens after it commits, so no database connection waits on a renderer.
	 */
	@Override
	public IssuedReport issue(ReportRequest request) {
		boolean pdf = "PDF".equalsIgnoreCase(request.format());
		Path font = pdf ? fonts.require() : null;
		ReportContent content = transactions.execute(status -> numbered.issue(subjects.of(request), request, pdf));
		IssuedReport issued = documents.issued(content, LocaleContextHolder.getLocale(), pdf, font);
		Role role = request.caller().role();
		meters.reportRendered(pdf ? "PDF" : "HTML", role == null ? "ANONYMOUS" : role.name());
		return issued;
	}
}
