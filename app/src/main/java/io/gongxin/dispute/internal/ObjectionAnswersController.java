package io.gongxin.dispute.internal;

import java.util.Locale;

import io.gongxin.account.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The answers to an objection as API.md sets them out: the centre's comparison and the provider's verification. */
@RestController
@Tag(name = "objections", description = "异议 / objections (R-28 to R-30)")
class ObjectionAnswersController {

	private final CentreDecisions centre;

	private final ProviderAnswer answer;

	private final ObjectionViews views;

	ObjectionAnswersController(CentreDecisions centre, ProviderAnswer answer, ObjectionViews views) {
		this.centre = centre;
		this.answer = answer;
		this.views = views;
	}

	@PostMapping("/api/v1/objections/{id}/comparison")
	@PreAuthorize("hasAnyRole('CENTER_ADMIN', 'CENTER_OPERATOR')")
	@Operation(summary = "中心比对：更正或转交提供单位 / the centre compares: corrects or forwards",
			description = "更正（correction）与报送一样按目录校验：禁止字段 400 PROHIBITED_FIELD，其他 400 INVALID_CORRECTION，"
					+ "errors 与 POST /records 相同，记录不变。/ a correction is validated like a submission.")
	ObjectionView compare(@PathVariable long id, @Valid @RequestBody Comparison request, Caller caller,
			Locale locale) {
		return views.of(centre.compare(caller, id, request.matchesProvider(), request.correction(),
				request.provider() == null || request.provider().isBlank() ? null : request.provider().strip(), locale));
	}

	@PostMapping("/api/v1/objections/{id}/verification")
	@PreAuthorize("hasRole('PROVIDER')")
	@Operation(summary = "提供单位核查答复 / the provider's answer",
			description = "成立并更正：更正按目录校验（同 POST /records），通过后展示更正后的记录；成立而不更正：记录撤出除本人外的"
					+ "一切查询，本人可见说明。遗漏异议成立：提供单位通过归集补报。/ upheld with a correction: validated like a "
					+ "submission, then shown; upheld without one: the record leaves every view but the subject's own.")
	ObjectionView verify(@PathVariable long id, @Valid @RequestBody Verification request, Caller caller,
			Locale locale) {
		return views.of(answer.verify(caller, id, request.upheld(), request.correction(), request.explanation().strip(),
				locale));
	}
}
