package io.gongxin.dispute.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.gongxin.account.Caller;
import io.gongxin.account.Role;
import io.gongxin.dispute.Notices;
import io.gongxin.platform.ProblemException;
import io.swagger.v3.oas.annotations.Operation;
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

	private final Notices notices;

	private final io.gongxin.calendar.WorkingDays workingDays;

	private final Attachments attachments;

	private final Clock clock;

	ObjectionsController(ObjectionWorkflow workflow, ObjectionsJdbc objections, Notices notices,
			io.gongxin.calendar.WorkingDays workingDays, Attachments attachments, Clock clock) {
		this.workflow = workflow;
		this.objections = objections;
		this.notices = notices;
		this.workingDays = workingDays;
		this.attachments = attachments;
		this.clock = clock;
	}

	record NewObjection(@NotNull Long recordId,
			@NotBlank @Pattern(regexp = "ERROR_OR_OMISSION|PRIVACY_OR_SECRET|EXPIRED_NOT_REMOVED") String reason,
			@NotBlank @Size(max = 5000) String statement) {
	}

	@PostMapping("/api/v1/objections")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('SUBJECT')")
	@Operation(summary = "对本人记录提出异议 / object to one of my records")
	Map<String, Object> object(@Valid @RequestBody NewObjection request, Caller caller) {
		return describe(workflow.receive(caller, request.recordId(), request.reason(), request.statement().strip()));
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

	record Comparison(@NotNull Boolean matchesProvider, Map<String, Object> correction) {
	}

	@PostMapping("/api/v1/objections/{id}/comparison")
	@PreAuthorize("hasAnyRole('CENTER_ADMIN', 'CENTER_OPERATOR')")
	@Operation(summary = "中心比对：更正或转交提供单位 / the centre compares: corrects or forwards")
	Map<String, Object> compare(@PathVariable long id, @Valid @RequestBody Comparison request, Caller caller) {
		return describe(workflow.compare(caller, id, request.matchesProvider(), request.correction()));
	}

	record Verification(@NotNull Boolean upheld, Map<String, Object> correction,
			@NotBlank @Size(max = 5000) String explanation) {
	}

	@PostMapping("/api/v1/objections/{id}/verification")
	@PreAuthorize("hasRole('PROVIDER')")
	@Operation(summary = "提供单位核查答复 / the provider's answer")
	Map<String, Object> verify(@PathVariable long id, @Valid @RequestBody Verification request, Caller caller) {
		return describe(workflow.verify(caller, id, request.upheld(), request.correction(), request.explanation().strip()));
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
	Map<String, Object> attach(@PathVariable long id,
			@org.springframework.web.bind.annotation.RequestParam("file") org.springframework.web.multipart.MultipartFile file,
			Caller caller) throws java.io.IOException {
		Objection objection = readable(id, caller);
		return attachments.store(objection.id(), file);
	}

	@GetMapping("/api/v1/objections/{id}/attachments")
	@PreAuthorize("hasAnyRole('SUBJECT', 'PROVIDER', 'CENTER_ADMIN', 'CENTER_OPERATOR')")
	@Operation(summary = "异议的证明材料 / an objection's evidence")
	List<Map<String, Object>> attachments(@PathVariable long id, Caller caller) {
		return attachments.of(readable(id, caller).id());
	}

	/** R-WD: a deadline counted across a year whose holiday notice is not loaded is provisional until it is. */
	private boolean provisional(Objection objection) {
		LocalDate latest = objection.compareBy().isAfter(objection.correctBy()) ? objection.compareBy() : objection.correctBy();
		if (objection.verifyBy() != null && objection.verifyBy().isAfter(latest)) {
			latest = objection.verifyBy();
		}
		return workingDays.restsOnProvisional(objection.receivedOn(), latest);
	}

	private Objection readable(long id, Caller caller) {
		return objections.find(id)
			.filter(o -> mayRead(o, caller))
			.orElseThrow(() -> new ProblemException(HttpStatus.NOT_FOUND, "UNKNOWN_OBJECTION", Map.of("id", id),
					String.valueOf(id)));
	}

	@GetMapping("/api/v1/notices")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "站内通知 / my notices")
	List<Map<String, Object>> notices(Caller caller) {
		return caller.actingSubject().map(notices::forSubject)
			.orElseGet(() -> notices.forOrganisation(caller.organisation()));
	}

	private static boolean mayRead(Objection objection, Caller caller) {
		return caller.has(Role.CENTER_ADMIN) || caller.has(Role.CENTER_OPERATOR)
				|| (caller.has(Role.PROVIDER) && objection.provider().equals(caller.organisation()))
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
		body.put("deadlinesProvisional", provisional(objection));
		return body;
	}
}
