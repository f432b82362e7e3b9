package io.gongxin.report.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import io.gongxin.account.Caller;
import io.gongxin.account.Role;
import io.gongxin.measures.ListMemberships;
import io.gongxin.query.CreditProfile;
import io.gongxin.query.CreditProfiles;
import io.gongxin.report.ReportRequest;
import io.gongxin.subject.Subject;

import org.springframework.stereotype.Component;

/**
 * What one caller may see of a subject, gathered into a report: records through {@code query} (which logs
 * the read), lists in force, the grade ({@link ReportGrades}), in its own report who queried it.
 */
@Component
class ReportContents {

	private final CreditProfiles profiles;

	private final ListMemberships lists;

	private final ReportGrades grades;

	private final ReportQueries queries;

	private final ReportLines lines;

	ReportContents(CreditProfiles profiles, ListMemberships lists, ReportGrades grades, ReportQueries queries,
			ReportLines lines) {
		this.profiles = profiles;
		this.lists = lists;
		this.grades = grades;
		this.queries = queries;
		this.lines = lines;
	}

	ReportContent gather(Subject subject, ReportRequest request, String number, OffsetDateTime now, LocalDate validUntil,
			Integer ownReportOfYear, int freePerYear) {
		Caller caller = request.caller();
		CreditProfile profile = profiles.profile(subject, caller, request.matter(), request.purpose(), "REPORT");
		LocalDate today = now.toLocalDate();
		boolean own = caller.has(Role.SUBJECT) && caller.actingSubject().filter(subject.key()::equals).isPresent();
		return new ReportContent(number, now, validUntil, Edition.of(caller, own, profile.showsNonPublic()).name(),
				ReportContent.Party.of(profile.subject()),
				blankToNull(request.matter()), blankToNull(request.purpose()),
				lines.sections(profile.records(), own, now),
				lists.inForce(subject.key(), today).stream().map(ReportContent.ListLine::of).toList(),
				grades.gradeFor(caller, own, subject.key(), request.matter(), today),
				own ? queries.of(subject.key(), caller, now) : null, own ? ownReportOfYear : null, freePerYear, null);
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
