package io.gongxin.report.internal;

import java.time.LocalDate;
import java.util.Set;

import io.gongxin.account.Caller;
import io.gongxin.account.Role;
import io.gongxin.catalog.Catalogs;
import io.gongxin.evaluation.Evaluation;
import io.gongxin.evaluation.Evaluations;
import io.gongxin.subject.SubjectKey;

import org.springframework.stereotype.Component;

/**
 * The grade over what a report's reader may see, as {@code GET /subjects/{id}/evaluation} gives it (R-17, R-16b,
 * the subject and the centre over everything, a government querier over its matter's items, nobody else.
 */
@Component
class ReportGrades {

	private final Evaluations evaluations;

	private final Catalogs catalogs;

	ReportGrades(Evaluations evaluations, Catalogs catalogs) {
		this.evaluations = evaluations;
		this.catalogs = catalogs;
	}

	/** The grade, or {@code null}; the profile read before has already checked that a querier's matter is granted. */
	ReportContent.Grade gradeFor(Caller caller, boolean own, SubjectKey subject, String matter, LocalDate today) {
		Evaluation evaluation = null;
		if (own || caller.has(Role.CENTER_ADMIN) || caller.has(Role.CENTER_OPERATOR)) {
			evaluation = evaluations.evaluate(subject, today);
		}
		else if (caller.has(Role.GOV_QUERIER)) {
			evaluation = catalogs.published()
				.matter(matter.strip())
				.map(m -> evaluations.evaluateOver(subject, today, Set.copyOf(m.items())))
				.orElse(null);
		}
		return evaluation == null ? null
				: new ReportContent.Grade(evaluation.grade(), evaluation.score(), evaluation.model());
	}
}
