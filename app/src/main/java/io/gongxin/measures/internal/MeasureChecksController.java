package io.gongxin.measures.internal;

import io.gongxin.account.Caller;
import io.gongxin.subject.Identifiers;
import io.gongxin.subject.Subject;
import io.gongxin.subject.Subjects;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** API.md, Measures: checks by government queriers; their feedback is {@link MeasureFeedbackController}. */
@RestController
@Tag(name = "measures")
class MeasureChecksController {

	private final MeasureChecks checks;

	private final Identifiers identifiers;

	private final Subjects subjects;

	MeasureChecksController(MeasureChecks checks, Identifiers identifiers, Subjects subjects) {
		this.checks = checks;
		this.identifiers = identifiers;
		this.subjects = subjects;
	}

	@PostMapping("/api/v1/measure-checks")
	@PreAuthorize("hasRole('GOV_QUERIER')")
	@Operation(summary = "联合奖惩措施核查 / which measures apply to a subject for a matter, and why")
	MeasureCheck check(@Valid @RequestBody MeasureCheckRequest request, Caller caller) {
		Subject subject = subjects.register(subjects.reading(identifiers.checkField(request.subjectId(), "subjectId"), null), null);
		return checks.check(caller, subject, request.matter().strip(), request.purpose());
	}
}
