package io.gongxin.measures.internal;

import java.util.List;
import java.util.UUID;

import io.gongxin.account.Caller;
import io.gongxin.subject.Identifiers;
import io.gongxin.subject.Subject;
import io.gongxin.subject.Subjects;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** API.md, Measures: checks by government queriers, their feedback, and counts for the centre and auditors. */
@RestController
@Tag(name = "measures")
class MeasureChecksController {

	private final MeasureChecks checks;

	private final MeasureFeedback feedback;

	private final Identifiers identifiers;

	private final Subjects subjects;

	MeasureChecksController(MeasureChecks checks, MeasureFeedback feedback, Identifiers identifiers, Subjects subjects) {
		this.checks = checks;
		this.feedback = feedback;
		this.identifiers = identifiers;
		this.subjects = subjects;
	}

	record MeasureCheckRequest(@NotBlank @Size(max = 32) String subjectId, @NotBlank @Size(max = 64) String matter,
			@Size(max = 200) String purpose) {
	}

	@PostMapping("/api/v1/measure-checks")
	@PreAuthorize("hasRole('GOV_QUERIER')")
	@Operation(summary = "联合奖惩措施核查 / which measures apply to a subject for a matter, and why")
	MeasureCheck check(@Valid @RequestBody MeasureCheckRequest request, Caller caller) {
		Subject subject = subjects.register(subjects.reading(identifiers.checkField(request.subjectId(), "subjectId"), null), null);
		return checks.check(caller, subject, request.matter().strip(), request.purpose());
	}

	record MeasureFeedbackRequest(@NotNull @Size(max = 50) List<@NotBlank @Size(max = 64) String> applied,
			@Size(max = 2000) String note) {
	}

	@PostMapping("/api/v1/measure-checks/{id}/feedback")
	@PreAuthorize("hasRole('GOV_QUERIER')")
	@Operation(summary = "反馈实际采取的措施 / report the measures applied")
	MeasureFeedback.MeasureFeedbackGiven feedback(@PathVariable UUID id, @Valid @RequestBody MeasureFeedbackRequest request,
			Caller caller) {
		return feedback.give(caller, id, request.applied(), request.note());
	}

	/** The measures applied, counted per measure, matter and organisation. */
	record MeasureFeedbackCounts(List<MeasureChecksJdbc.MeasureFeedbackCount> counts) {
	}

	@GetMapping("/api/v1/measure-feedback")
	@PreAuthorize("hasAnyRole('CENTER_ADMIN', 'CENTER_OPERATOR', 'AUDITOR')")
	@Operation(summary = "措施应用统计（按措施、事项、机构）/ measures applied, counted")
	MeasureFeedbackCounts counts() {
		return new MeasureFeedbackCounts(feedback.counts());
	}
}
