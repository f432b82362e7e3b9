package io.gongxin.dispute.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import io.gongxin.account.Caller;
import io.gongxin.account.Role;
import io.gongxin.platform.DomainException;
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

	private final ObjectionWorkflow workflow;

	private final ObjectionsJdbc objections;

	private final io.gongxin.calendar.WorkingDays workingDays;

	private final Attachments attachments;

	private final Clock clock;

	private final Filings filings;

	ObjectionsController(ObjectionWorkflow workflow, ObjectionsJdbc objections, io.gongxin.calendar.WorkingDays workingDays, Attachments attachments, Clock clock, Filings filings) {
		this.filings = filings;
		this.workflow = workflow;
		this.objections = objections;
		this.workingDays = workingDays;
		this.attachments = attachments;
		this.clock = clock;
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
	Map<String, Object> object(@Valid @RequestBody NewObjection request, Caller caller) {
		return describe(workflow.receive(caller, filings.of(caller, request)));
	}

	@GetMapping("/api/v1/objections/{id}")
	@PreAuthorize("hasAnyRole('SUBJECT', 'PROVIDER', 'CENTER_ADMIN', 'CENTER_OPERATOR')")
	@Operation(summary = "异议的状态 / an objection's state")
	Map<String, Object> find(@PathVariable long id, Caller caller) {
		return describe(readable(id, caller));
	}

	@GetMapping("/api/v1/objections")
	@PreAuthorize("hasAnyRole('SUBJECT', 'PROVIDER', 'CENTER_ADMIN', 'CENTER_OPERATOR')")
	@Operation(summary = "待办异议（临近期限在前）；信息主体：本人的全部异议 / open objections, nearest deadline first; "
			+ "a subject: all of its own")
	List<Map<String, Object>> queue(Caller caller) {
		LocalDate today = LocalDate.now(clock);
		List<Objection> found = caller.has(Role.SUBJECT) ? objections.ofSubject(caller.actingSubject().orElseThrow())
				: objections.queue(caller.has(Role.PROVIDER) ? caller.organisation() : null);
		return found.stream().map(o -> {
			Map<String, Object> entry = describe(o);
			LocalDate deadline = o.verifyBy() != null ? o.verifyBy() : o.compareBy();
			entry.put("deadline", deadline);
			entry.put("workingDaysLeft", workingDays.left(today, deadline));
			entry.put("overdue", today.isAfter(deadline));
			entry.put("suspended", o.suspendedOn(today));
			return entry;
		}).toList();
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
	Map<String, Object> compare(@PathVariable long id, @Valid @RequestBody Comparison request, Caller caller,
			Locale locale) {
		return describe(workflow.compare(caller, id, request.matchesProvider(), request.correction(),
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
	Map<String, Object> verify(@PathVariable long id, @Valid @RequestBody Verification request, Caller caller,
			Locale locale) {
		return describe(workflow.verify(caller, id, request.upheld(), request.correction(), request.explanation().strip(),
				locale));
	}

	@PostMapping("/api/v1/objections/{id}/disagreement")
	@PreAuthorize("hasRole('SUBJECT')")
	@Operation(summary = "信息主体仍有异议 / the subject still disagrees")
	Map<String, Object> disagree(@PathVariable long id, Caller caller) {
		return describe(workflow.disagree(caller, id));
	}

	@PostMapping(path = "/api/v1/objections/{id}/attachments", consumes = org.springframework.http.MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('SUBJECT')")
	@Operation(summary = "为异议附上证明材料（PDF 或图片）/ attach evidence (PDF or image)")
	Attachments.StoredAttachment attach(@PathVariable long id,
			@org.springframework.web.bind.annotation.RequestParam("file") org.springframework.web.multipart.MultipartFile file,
			Caller caller) throws java.io.IOException {
		Objection objection = readable(id, caller);
		Attachments.StoredAttachment stored = attachments.store(objection.id(), file);
		workflow.attached(caller, objection, stored.fileName());
		return stored;
	}

	@GetMapping("/api/v1/objections/{id}/attachments")
	@PreAuthorize("hasAnyRole('SUBJECT', 'PROVIDER', 'CENTER_ADMIN', 'CENTER_OPERATOR')")
	@Operation(summary = "异议的证明材料 / an objection's evidence")
	List<Map<String, Object>> attachments(@PathVariable long id, Caller caller) {
		return attachments.of(readable(id, caller).id());
	}

	/** The evidence as uploaded, streamed from the database part by part (ADR 0013); never shown inline. */
	@GetMapping("/api/v1/objections/{id}/attachments/{attachmentId}")
	@PreAuthorize("hasAnyRole('SUBJECT', 'PROVIDER', 'CENTER_ADMIN', 'CENTER_OPERATOR')")
	@Operation(summary = "一份证明材料的内容 / one piece of evidence, as uploaded")
	void attachment(@PathVariable long id, @PathVariable java.util.UUID attachmentId, Caller caller,
			jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
		download(readable(id, caller), attachmentId, response);
	}

	/**
	 * One piece of evidence to one of the objection's parties: its sniffed type, as a download (never rendered
	 * inline, so an upload can never run as a page of ours), nosniff.
	 */
	void download(Objection objection, java.util.UUID attachmentId, jakarta.servlet.http.HttpServletResponse response)
			throws java.io.IOException {
		Attachments.Stored stored = attachments.find(objection.id(), attachmentId)
			.orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND, "UNKNOWN_ATTACHMENT",
					Map.of("id", attachmentId), attachmentId.toString()));
		response.setContentType(stored.contentType());
		response.setContentLengthLong(stored.size());
		response.setHeader(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
				org.springframework.http.ContentDisposition.attachment()
					.filename(stored.fileName(), java.nio.charset.StandardCharsets.UTF_8)
					.build()
					.toString());
		response.setHeader("X-Content-Type-Options", "nosniff");
		attachments.copy(stored, response.getOutputStream());
	}

	/** R-WD: a deadline counted across a year whose holiday notice is not loaded is provisional until it is. */
	private boolean provisional(Objection objection) {
		LocalDate latest = objection.compareBy().isAfter(objection.correctBy()) ? objection.compareBy() : objection.correctBy();
		if (objection.verifyBy() != null && objection.verifyBy().isAfter(latest)) {
			latest = objection.verifyBy();
		}
		return workingDays.restsOnProvisional(objection.receivedOn(), latest);
	}

	Objection readable(long id, Caller caller) {
		return objections.find(id)
			.filter(o -> mayRead(o, caller))
			.orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND, "UNKNOWN_OBJECTION", Map.of("id", id),
					String.valueOf(id)));
	}

	static boolean mayRead(Objection objection, Caller caller) {
		return caller.has(Role.CENTER_ADMIN) || caller.has(Role.CENTER_OPERATOR)
				|| (caller.has(Role.PROVIDER) && Objects.equals(objection.provider(), caller.organisation()))
				|| (caller.has(Role.SUBJECT) && caller.actingSubject().filter(objection.subject()::equals).isPresent());
	}

	private Map<String, Object> describe(Objection objection) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("id", objection.id());
		body.put("recordId", objection.recordId());
		body.put("status", objection.status());
		body.put("reason", objection.reason());
		body.put("receivedOn", objection.receivedOn());
		body.put("compareBy", objection.compareBy());
		body.put("correctBy", objection.correctBy());
		if (objection.forwardedOn() != null) {
			body.put("forwardedOn", objection.forwardedOn());
			body.put("verifyBy", objection.verifyBy());
		}
		if (objection.outcome() != null) {
			body.put("outcome", objection.outcome());
		}
		if (objection.omission() != null) {
			Map<String, Object> omission = new LinkedHashMap<>();
			omission.put("item", objection.omission().item());
			omission.put("provider", objection.provider());
			omission.put("description", objection.omission().description());
			// R-29b: the provider asked to check a missing record must know whose it is
			filings.about(objection.subject()).ifPresent(subject -> {
				Map<String, Object> whose = new LinkedHashMap<>();
				whose.put("type", subject.type());
				whose.put("id", subject.displayIdentifier());
				whose.put("name", subject.name());
				omission.put("subject", whose);
			});
			body.put("omission", omission);
		}
		if (objection.withdrawn()) {
			body.put("withdrawn", true);
		}
		if (objection.consent() != null) {
			body.put("consent", Map.of("method", objection.consent().method(), "reference", objection.consent().reference()));
		}
		body.put("deadlinesProvisional", provisional(objection));
		return body;
	}
}
