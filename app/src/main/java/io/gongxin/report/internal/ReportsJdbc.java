package io.gongxin.report.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;

import io.gongxin.subject.SubjectKey;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ReportsJdbc {

	private final JdbcClient jdbc;

	ReportsJdbc(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void add(SubjectKey subject, ReportContent content, String verificationName, String requestedBy, String role,
			String format) {
		jdbc.sql("""
				insert into reports (subject_key, number, subject_name, issued_at, valid_until, digest, requested_by,
				                     requested_role, edition, format)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(subject.value(), content.number(), verificationName, content.issuedAt(), content.validUntil(),
					content.digest(), requestedBy, role, content.edition(), format)
			.update();
	}

	/** How many reports of itself the subject has obtained since the day (R-34 counts them per year). */
	int ownReportsSince(SubjectKey subject, OffsetDateTime since) {
		return jdbc.sql("select count(*) from reports where subject_key = ? and edition = 'OWN' and issued_at >= ?")
			.params(subject.value(), since)
			.query(Integer.class)
			.single();
	}

	/** The report a typed number names: trimmed and upper-cased; a number of the wrong shape names none. */
	Optional<KeptReport> lookup(String typed) {
		String number = typed == null ? "" : typed.strip().toUpperCase(java.util.Locale.ROOT);
		return ReportNumbers.wellFormed(number) ? find(number) : Optional.empty();
	}

	private Optional<KeptReport> find(String number) {
		return jdbc.sql("select number, subject_name, issued_at, valid_until, digest from reports where number = ?")
			.param(number)
			.query((rs, n) -> new KeptReport(rs.getString(1), rs.getString(2), rs.getObject(3, OffsetDateTime.class),
					rs.getObject(4, LocalDate.class), rs.getString(5)))
			.optional();
	}
}
