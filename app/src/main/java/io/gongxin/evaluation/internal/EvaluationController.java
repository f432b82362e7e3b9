package io.gongxin.evaluation.internal;

import java.util.List;

import io.gongxin.account.Caller;
import io.gongxin.platform.PublicEndpoints;
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
 * a purpose and is graded the matter's items only ({@link ReadEvaluation}); nobody else reads a grade
 * ({@link EvaluationReaders}).
 */
@RestController
@Tag(name = "evaluation", description = "信用分类分级 / credit grading (R-17)")
class EvaluationController implements PublicEndpoints {

	private final EvaluationReaders readers;

	private final ReadEvaluation read;

	EvaluationController(EvaluationReaders readers, ReadEvaluation read) {
		this.readers = readers;
		this.read = read;
	}

	@GetMapping("/api/v1/subjects/{id}/evaluation")
	@Operation(summary = "信用等级及每条记录的贡献（按查询者权限）/ the grade and each record's contribution, over the caller's view",
			description = "The subject and the centre: every contribution. A GOV_QUERIER: matter (granted to its "
					+ "organisation) and purpose required; the grade is computed over that matter's items only. "
					+ "Everyone else: 403.")
	@Transactional
	public SubjectEvaluation evaluation(@PathVariable String id, @RequestParam(required = false) String matter,
			@RequestParam(required = false) String purpose, Caller caller) {
		return read.of(readers.subjectFor(caller, id), matter, purpose, caller);
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
