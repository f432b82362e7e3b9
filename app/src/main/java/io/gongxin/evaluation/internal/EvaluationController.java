package io.gongxin.evaluation.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.gongxin.account.Caller;
import io.gongxin.account.Role;
import io.gongxin.audit.QueryLog;
import io.gongxin.audit.QueryLogEntry;
import io.gongxin.evaluation.Evaluation;
import io.gongxin.evaluation.Evaluations;
import io.gongxin.catalog.Matter;
import io.gongxin.platform.DomainException;
import io.gongxin.platform.PublicEndpoints;
import io.gongxin.query.DeclaredMatters;
import io.gongxin.subject.Identifiers;
import io.gongxin.subject.Subject;
import io.gongxin.subject.SubjectType;
import io.gongxin.subject.Subjects;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A subject's grade with the contribution of each record, over what the caller may see (R-17, R-16b, R-18): the
 * subject itself and the centre see every contribution; a government querier declares a matter granted to it and
 * a purpose and is graded the matter's items only; nobody else reads a grade. Each read is logged.
 */
@RestController
@Tag(name = "evaluation", description = "信用分类分级 / credit grading (R-17)")
class EvaluationController implements PublicEndpoints {

	private final Evaluations evaluations;

	private final DeclaredMatters matters;

	private final Identifiers identifiers;

	private final Subjects subjects;

	private final QueryLog log;

	private final Clock clock;

	EvaluationController(Evaluations evaluations, DeclaredMatters matters, Identifiers identifiers, Subjects subjects,
			QueryLog log, Clock clock) {
		this.evaluations = evaluations;
		this.matters = matters;
		this.identifiers = identifiers;
		this.subjects = subjects;
		this.log = log;
		this.clock = clock;
	}

	@GetMapping("/api/v1/subjects/{id}/evaluation")
	@Operation(summary = "信用等级及每条记录的贡献（按查询者权限）/ the grade and each record's contribution, over the caller's view",
			description = "The subject and the centre: every contribution. A GOV_QUERIER: matter (granted to its "
					+ "organisation) and purpose required; the grade is computed over that matter's items only. "
					+ "Everyone else: 403.")
	@Transactional
	public SubjectEvaluation evaluation(@PathVariable String id, @RequestParam(required = false) String matter,
			@RequestParam(required = false) String purpose, Caller caller) {
		boolean centre = caller.has(Role.CENTER_ADMIN) || caller.has(Role.CENTER_OPERATOR);
		if (!centre && !caller.has(Role.SUBJECT) && !caller.has(Role.GOV_QUERIER)) {
			throw new DomainException(DomainException.Kind.NOT_PERMITTED, "FORBIDDEN");
		}
		Subject subject = subjects.find(identifiers.checkField(id, "id"))
			.orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND, "UNKNOWN_SUBJECT"));
		if (caller.has(Role.SUBJECT) && caller.actingSubject().filter(subject.key()::equals).isEmpty()) {
			throw new DomainException(DomainException.Kind.NOT_PERMITTED, "FORBIDDEN");
		}
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

	/** Whose grade: the subject's type and code (a person's id number masked). */
	record EvaluatedSubject(SubjectType type, String id) {
	}

	/**
	 * The grade and its explanation over what the caller may see; {@code matter} is the granted matter a government
	 * querier declared, absent for anyone else.
	 */
	record SubjectEvaluation(EvaluatedSubject subject, @JsonInclude(JsonInclude.Include.NON_NULL) String matter,
			String grade, double score, double base, String model, List<Evaluation.Contribution> contributions) {
	}

	/**
	 * Open to every caller so that an anonymous one is answered like any other without the right: 403, as
	 * API.md says (the handler decides who may read).
	 */
	@Override
	public List<Endpoint> publicEndpoints() {
		return List.of(Endpoint.get("/api/v1/subjects/*/evaluation"));
	}
}
