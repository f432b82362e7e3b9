package io.gongxin.evaluation.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

import io.gongxin.account.Caller;
import io.gongxin.account.Role;
import io.gongxin.catalog.Matter;
import io.gongxin.evaluation.Evaluation;
import io.gongxin.evaluation.Evaluations;
import io.gongxin.query.DeclaredMatters;
import io.gongxin.subject.Subject;

import org.springframework.stereotype.Component;

/**
 * Grades a subject over the reader's view and logs the read ({@link EvaluationLog}; ): a government
 * querier over the items of the matter it declared (granted to it, with a purpose), anyone else allowed to read
 * over everything.
 */
@Component
class ReadEvaluation {

	private final Evaluations evaluations;

	private final DeclaredMatters matters;

	private final EvaluationLog log;

	private final Clock clock;

	ReadEvaluation(Evaluations evaluations, DeclaredMatters matters, EvaluationLog log, Clock clock) {
		this.evaluations = evaluations;
		this.matters = matters;
		this.log = log;
		this.clock = clock;
	}

	SubjectEvaluation of(Subject subject, String matter, String purpose, Caller caller) {
		LocalDate today = LocalDate.now(clock);
		Evaluation evaluation;
		String declared = null;
		String why = "credit evaluation";
		if (caller.has(Role.GOV_QUERIER)) {
			Matter granted = matters.check(caller, subject.key(), matter, purpose, true);
			evaluation = evaluations.evaluateOver(subject.key(), today, Set.copyOf(granted.items()));
			declared = granted.code();
			why = purpose.strip();
		}
		else {
			// a matter named by anyone else must still be a catalog matter, though it narrows nothing
			matters.known(matter);
			evaluation = evaluations.evaluate(subject.key(), today);
		}
		log.read(caller, subject, evaluation, declared, why);
		return new SubjectEvaluation(new EvaluatedSubject(subject.type(), subject.displayIdentifier()), declared,
				evaluation.grade(), evaluation.score(), evaluation.base(), evaluation.model(), evaluation.contributions());
	}
}
