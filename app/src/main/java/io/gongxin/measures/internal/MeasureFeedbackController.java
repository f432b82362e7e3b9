package io.gongxin.measures.internal;

import java.util.List;
import java.util.UUID;

import io.gongxin.account.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** API.md, Measures: the measures applied, reported by the body that checked (R-24c) and counted for the centre. */
@RestController
@Tag(name = "measures")
class MeasureFeedbackController {

	private final MeasureFeedback feedback;

	MeasureFeedbackController(MeasureFeedback feedback) {
		this.feedback = feedback;
	}

	@PostMapping("/api/v1/measure-checks/{id}/feedback")
	@PreAuthorize("hasRole('GOV_QUERIER')")
	@Operation(summary = "反馈实际采取的措施 / report the measures applied")
	MeasureFeedback.MeasureFeedbackGiven feedback(@PathVariable UUID id, @Valid @RequestBody MeasureFeedbackRequest request,
			Caller caller) {
		return feedback.give(caller, id, request.applied(), request.note());
	}

	/** The measures applied, counted per measure, matter and organisation. */
	record MeasureFeedbackCounts(List<MeasureFeedbackJdbc.MeasureFeedbackCount> counts) {
	}

	@GetMapping("/api/v1/measure-feedback")
	@PreAuthorize("hasAnyRole('CENTER_ADMIN', 'CENTER_OPERATOR', 'AUDITOR')")
	@Operation(summary = "措施应用统计（按措施、事项、机构）/ measures applied, counted")
	MeasureFeedbackCounts counts() {
		return new MeasureFeedbackCounts(feedback.counts());
	}
}
