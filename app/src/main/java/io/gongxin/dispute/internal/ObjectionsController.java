package io.gongxin.dispute.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.gongxin.account.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Objections as API.md sets them out, the centre's and providers' queues, and the inbox. */
@RestController
@Tag(name = "objections", description = "异议 / objections (R-28 to R-30)")
class ObjectionsController {

	private final ObjectionFiling filing;

	private final CentreDecisions centre;

	private final ProviderAnswer answer;

	private final SubjectSteps subjectSteps;

	private final ObjectionViews views;

	private final Filings filings;

	ObjectionsController(ObjectionFiling filing, CentreDecisions centre, ProviderAnswer answer, SubjectSteps subjectSteps,
			ObjectionViews views, Filings filings) {
		this.filing = filing;
		this.centre = centre;
		this.answer = answer;
		this.subjectSteps = subjectSteps;
		this.views = views;
		this.filings = filings;
	}

	/**
	 * An objection to a record ({@code recordId}) or about a missing one ({@code omission}), exactly one of them.
	 * Centre staff filing at the counter name the person ({@code subjectId}) and its {@code consent}.
	 */
	@Schema(description = "异议：对记录（recordId）或对遗漏（omission）二选一；窗口代为提出时须有 subjectId 和 consent / "
			+ "an objection to a record or about a missing one (exactly one); filed at the counter with subjectId and consent")
	record NewObjection(@Schema(description = "被异议的记录 / the record objected to") Long recordId,
			@NotBlank @Pattern(regexp = "ERROR_OR_OMISSION|PRIVACY_OR_SECRET|EXPIRED_NOT_REMOVED") String reason,
			@NotBlank @Size(max = 2000) String statement,
			@Schema(description = "遗漏：应有而没有的记录（reason 须为 ERROR_OR_OMISSION）/ a missing record") @Valid Omission omission,
			@Schema(description = "窗口代为提出：信息主体的统一社会信用代码或身份证号码（仅限中心工作人员）/ "
					+ "the person filed for at the counter (centre staff only)") @Size(max = 32) String subjectId,
			@Schema(description = "窗口代为提出：本人同意的方式与凭证 / the person's consent") @Valid Consent consent) {

		NewObjection(Long recordId, String reason, String statement) {
			this(recordId, reason, statement, null, null, null);
		}
	}

	/** 遗漏: the catalog item of the missing record, the provider if known, what is missing. */
	@Schema(description = "遗漏的记录：目录信息项（须适用于该主体类型）、应报送的提供单位（可选）、说明 / "
			+ "the missing record: a catalog item applying to the subject's type, the provider if known, a description")
	record Omission(@NotBlank @Size(max = 64) String item, @Size(max = 64) String provider,
			@NotBlank @Size(max = 2000) String description) {
	}

	/** How the person agreed: in writing or in person, and the reference of the paper or the counter register. */
	@Schema(description = "同意方式（WRITTEN 书面 / IN_PERSON 当面）与凭证编号（不得填写身份证号码）/ "
			+ "how the person consented and the reference (never an id number)")
	record Consent(@NotBlank @Pattern(regexp = "WRITTEN|IN_PERSON") String method,
			// a reference is a register or paper number: a long run of digits would be an id number, kept out
			@NotBlank @Size(max = 100) @Pattern(regexp = "(?s)(?!.*[0-9]{12}).*") String reference) {
	}

	@PostMapping("/api/v1/objections")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAnyRole('SUBJECT', 'CENTER_ADMIN', 'CENTER_OPERATOR')")
	@Operation(summary = "提出异议：对本人记录，或对遗漏的记录；中心窗口经本人同意代为提出 / object to a record or about a "
			+ "missing one; centre staff file for a person at the counter with its consent",
			description = "信息主体：本人的记录（recordId）或遗漏（omission: {item, provider?, description}）。"
					+ "中心工作人员：另须 subjectId 与 consent: {method: WRITTEN|IN_PERSON, reference}，同意记入决定日志。"
					+ "其他角色 403；对他人的记录 404，对他人提出 403 NOT_FOR_OTHERS。")
	ObjectionView object(@Valid @RequestBody NewObjection request, Caller caller) {
		return views.of(filing.receive(caller, filings.of(caller, request)));
	}

	@GetMapping("/api/v1/objections/{id}")
	@PreAuthorize("hasAnyRole('SUBJECT', 'PROVIDER', 'CENTER_ADMIN', 'CENTER_OPERATOR')")
	@Operation(summary = "异议的状态 / an objection's state")
	ObjectionView find(@PathVariable long id, Caller caller) {
		return views.of(views.readable(id, caller));
	}

	@GetMapping("/api/v1/objections")
	@PreAuthorize("hasAnyRole('SUBJECT', 'PROVIDER', 'CENTER_ADMIN', 'CENTER_OPERATOR')")
	@Operation(summary = "待办异议（临近期限在前）；信息主体：本人的全部异议 / open objections, nearest deadline first; "
			+ "a subject: all of its own")
	List<ObjectionView> queue(Caller caller) {
		return views.queue(caller);
	}

	record Comparison(@NotNull Boolean matchesProvider, Map<String, Object> correction,
			@Schema(description = "遗漏异议：转交的提供单位（未指定且该信息项有多个提供单位时必填）/ for a missing record: "
					+ "the provider to forward to") @Size(max = 64) String provider) {

		Comparison(Boolean matchesProvider, Map<String, Object> correction) {
			this(matchesProvider, correction, null);
		}
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

	record Verification(@NotNull Boolean upheld, Map<String, Object> correction,
			@NotBlank @Size(max = 2000) String explanation) {
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

	@PostMapping("/api/v1/objections/{id}/disagreement")
	@PreAuthorize("hasRole('SUBJECT')")
	@Operation(summary = "信息主体仍有异议 / the subject still disagrees")
	ObjectionView disagree(@PathVariable long id, Caller caller) {
		return views.of(subjectSteps.disagree(caller, id));
	}

	/** The objection, to its parties only (the pages read it as the API does). */
	Objection readable(long id, Caller caller) {
		return views.readable(id, caller);
	}
}
