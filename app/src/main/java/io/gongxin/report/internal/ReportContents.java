package io.gongxin.report.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import io.gongxin.account.Caller;
import io.gongxin.account.Role;
import io.gongxin.audit.QueryLog;
import io.gongxin.audit.WhoQueried;
import io.gongxin.catalog.Catalogs;
import io.gongxin.evaluation.Evaluation;
import io.gongxin.evaluation.Evaluations;
import io.gongxin.measures.ListMemberships;
import io.gongxin.query.CreditProfile;
import io.gongxin.query.CreditProfiles;
import io.gongxin.report.ReportRequest;
import io.gongxin.subject.Subject;

import org.springframework.stereotype.Component;

/**
 * Gathers what one caller may see of a subject into a report: the records through {@code query} (which logs
 * the read), the lists in force, the grade for those entitled to it (over what they may see), and for the
 * subject's own report who queried it.
 */
@Component
class ReportContents {

	/** Lines of queries by others in a report. */
	private static final int OTHERS_SHOWN = 100;

	/** Lines of the platform's own processing: a short section, it is not what the report is about. */
	private static final int OWN_SHOWN = 20;

	/** Entries read: repeats merge, so a busy provider cannot push the others out of the report. */
	private static final int QUERIES_READ = 5000;

	private final CreditProfiles profiles;

	private final ListMemberships lists;

	private final Evaluations evaluations;

	private final QueryLog log;

	private final ReportLines lines;

	private final Catalogs catalogs;

	private final WhoQueried whoQueried;

	ReportContents(CreditProfiles profiles, ListMemberships lists, Evaluations evaluations, QueryLog log,
			ReportLines lines, Catalogs catalogs, WhoQueried whoQueried) {
		this.whoQueried = whoQueried;
		this.catalogs = catalogs;
		this.profiles = profiles;
		this.lists = lists;
		this.evaluations = evaluations;
		this.log = log;
		this.lines = lines;
	}

	ReportContent gather(Subject subject, ReportRequest request, String number, OffsetDateTime now, LocalDate validUntil,
			Integer ownReportOfYear, int freePerYear) {
		Caller caller = request.caller();
		CreditProfile profile = profiles.profile(subject, caller, request.matter(), request.purpose(), "REPORT");
		CreditProfile.Party party = profile.subject();
		LocalDate today = now.toLocalDate();
		boolean own = caller.has(Role.SUBJECT) && caller.actingSubject().filter(subject.key()::equals).isPresent();
		String edition = edition(caller, own, profile);
		Evaluation evaluation = gradeFor(caller, own, subject, request, today);
		ReportContent.Grade grade = evaluation == null ? null
				: new ReportContent.Grade(evaluation.grade(), evaluation.score(), evaluation.model());
		WhoQueried.Overview queries = own ? queries(subject, caller, now) : null;
		return new ReportContent(number, now, validUntil, edition,
				new ReportContent.Party(String.valueOf(party.type()), party.id(), party.name()),
				blankToNull(request.matter()), blankToNull(request.purpose()),
				lines.sections(profile.records(), own, now),
				lists.inForce(subject.key(), today).stream()
					.map(m -> new ReportContent.ListLine(m.type().name(), m.reason(), m.basis(), m.decidedOn(), m.validUntil()))
					.toList(),
				grade, queries, own ? ownReportOfYear : null, freePerYear, null);
	}

	/**
	 * who used or queried the subject, as {@code /me/queries} groups it: others first, repeats merged over the
	 * whole period with their count and first and latest time, the platform's own processing apart; in the report's
	 * offset, a bounded number of lines.
	 */
	private WhoQueried.Overview queries(Subject subject, Caller caller, OffsetDateTime now) {
		WhoQueried.Overview all = whoQueried.of(log.forSubject(subject.key(), QUERIES_READ), caller.username(), false);
		return new WhoQueried.Overview(shown(all.others(), OTHERS_SHOWN, now), shown(all.own(), OWN_SHOWN, now),
				all.ownReads());
	}

	private static List<WhoQueried.Group> shown(List<WhoQueried.Group> groups, int limit, OffsetDateTime now) {
		return groups.stream()
			.limit(limit)
			.map(g -> new WhoQueried.Group(g.organisation(), g.role(), g.decisionKey(), g.matter(), g.purpose(),
					g.channel(), g.count(), at(g.first(), now), at(g.latest(), now)))
			.toList();
	}

	private static OffsetDateTime at(OffsetDateTime time, OffsetDateTime now) {
		return time.atZoneSameInstant(now.getOffset()).toOffsetDateTime();
	}

	/**
	 * The grade over what this report's reader may see, as {@code GET /subjects/{id}/evaluation} gives it (R-17,
	 * R-16b, R-18): the subject and the centre over everything, a government querier over its matter's items (the
	 * profile read above has already checked that the matter is granted), nobody else.
	 */
	private Evaluation gradeFor(Caller caller, boolean own, Subject subject, ReportRequest request, LocalDate today) {
		if (own || caller.has(Role.CENTER_ADMIN) || caller.has(Role.CENTER_OPERATOR)) {
			return evaluations.evaluate(subject.key(), today);
		}
		if (caller.has(Role.GOV_QUERIER)) {
			return catalogs.published()
				.matter(request.matter().strip())
				.map(matter -> evaluations.evaluateOver(subject.key(), today, Set.copyOf(matter.items())))
				.orElse(null);
		}
		return null;
	}

	private static String edition(Caller caller, boolean own, CreditProfile profile) {
		if (own) {
			return "OWN";
		}
		if (caller.has(Role.GOV_QUERIER)) {
			return "GOVERNMENT";
		}
		if (caller.has(Role.CENTER_ADMIN) || caller.has(Role.CENTER_OPERATOR)) {
			return "CENTRE";
		}
		return profile.showsNonPublic() ? "AUTHORIZED" : "PUBLIC";
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
