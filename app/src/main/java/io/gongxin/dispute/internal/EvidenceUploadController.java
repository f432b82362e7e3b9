package io.gongxin.dispute.internal;

import java.io.IOException;

import io.gongxin.account.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** evidence for an objection, uploaded by its subject (PDF or image, checked by content; ADR 0013). */
@RestController
@Tag(name = "objections", description = "异议 / objections (R-28 to R-30)")
class EvidenceUploadController {

	private final Attachments attachments;

	private final ObjectionParties parties;

	private final SubjectSteps subjectSteps;

	EvidenceUploadController(Attachments attachments, ObjectionParties parties, SubjectSteps subjectSteps) {
		this.attachments = attachments;
		this.parties = parties;
		this.subjectSteps = subjectSteps;
	}

	@PostMapping(path = "/api/v1/objections/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('SUBJECT')")
	@Operation(summary = "为异议附上证明材料（PDF 或图片）/ attach evidence (PDF or image)")
	Attachments.StoredAttachment attach(@PathVariable long id, @RequestParam("file") MultipartFile file, Caller caller)
			throws IOException {
		Objection objection = parties.readable(id, caller);
		Attachments.StoredAttachment stored = attachments.store(objection.id(), file);
		subjectSteps.attached(caller, objection, stored.id().toString(), stored.fileName());
		return stored;
	}
}
