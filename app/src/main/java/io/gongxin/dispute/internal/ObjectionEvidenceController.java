package io.gongxin.dispute.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.gongxin.account.Caller;
import io.gongxin.platform.DomainException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** an objection's evidence, uploaded by its subject and read by its parties only (ADR 0013). */
@RestController
@Tag(name = "objections", description = "异议 / objections (R-28 to R-30)")
class ObjectionEvidenceController {

	private final Attachments attachments;

	private final ObjectionViews views;

	private final SubjectSteps subjectSteps;

	ObjectionEvidenceController(Attachments attachments, ObjectionViews views, SubjectSteps subjectSteps) {
		this.attachments = attachments;
		this.views = views;
		this.subjectSteps = subjectSteps;
	}

	@PostMapping(path = "/api/v1/objections/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('SUBJECT')")
	@Operation(summary = "为异议附上证明材料（PDF 或图片）/ attach evidence (PDF or image)")
	Attachments.StoredAttachment attach(@PathVariable long id, @RequestParam("file") MultipartFile file, Caller caller)
			throws IOException {
		Objection objection = views.readable(id, caller);
		Attachments.StoredAttachment stored = attachments.store(objection.id(), file);
		subjectSteps.attached(caller, objection, stored.id().toString(), stored.fileName());
		return stored;
	}

	@GetMapping("/api/v1/objections/{id}/attachments")
	@PreAuthorize("hasAnyRole('SUBJECT', 'PROVIDER', 'CENTER_ADMIN', 'CENTER_OPERATOR')")
	@Operation(summary = "异议的证明材料 / an objection's evidence")
	List<Attachments.ListedEvidence> attachments(@PathVariable long id, Caller caller) {
		return attachments.of(views.readable(id, caller).id());
	}

	/** The evidence as uploaded, streamed from the database part by part (ADR 0013); never shown inline. */
	@GetMapping("/api/v1/objections/{id}/attachments/{attachmentId}")
	@PreAuthorize("hasAnyRole('SUBJECT', 'PROVIDER', 'CENTER_ADMIN', 'CENTER_OPERATOR')")
	@Operation(summary = "一份证明材料的内容 / one piece of evidence, as uploaded")
	void attachment(@PathVariable long id, @PathVariable UUID attachmentId, Caller caller, HttpServletResponse response)
			throws IOException {
		download(views.readable(id, caller), attachmentId, response);
	}

	/**
	 * One piece of evidence to one of the objection's parties: its sniffed type, as a download (never rendered
	 * inline, so an upload can never run as a page of ours), nosniff.
	 */
	void download(Objection objection, UUID attachmentId, HttpServletResponse response) throws IOException {
		Attachments.Stored stored = attachments.find(objection.id(), attachmentId)
			.orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND, "UNKNOWN_ATTACHMENT",
					Map.of("id", attachmentId), attachmentId.toString()));
		response.setContentType(stored.contentType());
		response.setContentLengthLong(stored.size());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(stored.fileName(), StandardCharsets.UTF_8).build().toString());
		response.setHeader("X-Content-Type-Options", "nosniff");
		attachments.copy(stored, response.getOutputStream());
	}
}
