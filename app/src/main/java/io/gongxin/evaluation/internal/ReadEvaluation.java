package io.gongxin.evaluation.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.gongxin.account.Caller;
import io.gongxin.account.Role;
import io.gongxin.audit.QueryLog;
import io.gongxin.audit.QueryLogEntry;
import io.gongxin.catalog.Matter;
import io.gongxin.evaluation.Evaluation;
import io.gongxin.evaluation.Evaluations;
import io.gongxin.query.DeclaredMatters;
import io.gongxin.subject.Subject;

import org.springframework.stereotype.Component;

/**
 * Grades a subject over the reader's view and logs the read: a government querier over the items of
 * the matter it declared (granted to it, with a purpose), anyone else allowed to read over everything.
 */
@Component
class ReadEvaluation {

	private final Evaluations evaluations;

	private final DeclaredMatters matters;

	private final QueryLog log;

	private final Clock clock;

	ReadEvaluation(Evaluations evaluations, DeclaredMatters matters, QueryLog log, Clock clock) {
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
		List<String> items = evaluation.contributions().stream().map(Evaluation.Contribution::item).distinct().toList();
		log.record(new QueryLogEntry(UUID.randomUUID(), OffsetDateTime.now(clock), caller.username(), caller.organisation(),
				caller.role().name(), subject.key(), items, declared, why, null, "EVALUATION"));
		return new SubjectEvaluation(new EvaluatedSubject(subject.type(), subject.displayIdentifier()), declared,
				evaluation.grade(), evaluation.score(), evaluation.base(), evaluation.model(), evaluation.contributions());
	}
}
