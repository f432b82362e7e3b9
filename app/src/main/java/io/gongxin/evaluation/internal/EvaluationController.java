package io.gongxin.evaluation.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.gongxin.account.Caller;
import io.gongxin.account.Role;
import io.gongxin.audit.QueryLog;
import io.gongxin.audit.QueryLogEntry;
import io.gongxin.evaluation.Evaluation;
import io.gongxin.evaluation.Evaluations;
import io.gongxin.platform.ProblemException;
import io.gongxin.subject.Identifiers;
import io.gongxin.subject.Subject;
import io.gongxin.subject.Subjects;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A subject's grade with the contribution of each record. It rests on non-public records too, so only the
 * subject itself, the centre, government queriers and auditors may read it, and each read is logged.
 */
@RestController
@Tag(name = "evaluation", description = "信用分类分级 / credit grading (R-17)")
class EvaluationController {

	private final Evaluations evaluations;

	private final Identifiers identifiers;

	private final Subjects subjects;

	private final QueryLog log;

	private final Clock clock;

	EvaluationController(Evaluations evaluations, Identifiers identifiers, Subjects subjects, QueryLog log, Clock clock) {
		this.evaluations = evaluations;
		this.identifiers = identifiers;
		this.subjects = subjects;
		this.log = log;
		this.clock = clock;
	}

	@GetMapping("/api/v1/subjects/{id}/evaluation")
	@PreAuthorize("hasAnyRole('SUBJECT', 'CENTER_ADMIN', 'CENTER_OPERATOR', 'GOV_QUERIER', 'AUDITOR')")
	@Operation(summary = "信用等级及每条记录的贡献 / the grade and each record's contribution")
	@Transactional
	public Map<String, Object> evaluation(@PathVariable String id, Caller caller) {
		Subject subject = subjects.find(identifiers.checkField(id, "id"))
			.orElseThrow(() -> new ProblemException(HttpStatus.NOT_FOUND, "UNKNOWN_SUBJECT"));
		if (caller.has(Role.SUBJECT) && caller.actingSubject().filter(subject.key()::equals).isEmpty()) {
			throw new ProblemException(HttpStatus.FORBIDDEN, "NOT_OWN_SUBJECT");
		}
		Evaluation evaluation = evaluations.evaluate(subject.key(), LocalDate.now(clock));
		List<String> items = evaluation.contributions().stream().map(Evaluation.Contribution::item).distinct().toList();
		log.record(new QueryLogEntry(UUID.randomUUID(), OffsetDateTime.now(clock), caller.username(), caller.organisation(),
				caller.role().name(), subject.key(), items, null, "credit evaluation", null, "EVALUATION"));
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("subject", Map.of("type", subject.type(), "id", subject.displayIdentifier()));
		body.put("grade", evaluation.grade());
		body.put("score", evaluation.score());
		body.put("base", evaluation.base());
		body.put("model", evaluation.model());
		body.put("contributions", evaluation.contributions());
		return body;
	}
}
