package io.gongxin.dispute.internal;

import java.io.IOException;

import io.gongxin.account.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * evidence for an objection, uploaded by its subject (PDF or image, checked by content; ADR 0013), at most
 * {@code gongxin.rights.attachment-max-bytes} (5 MB) each.
 */
@RestController
@Tag(name = "objections", description = "异议 / objections (R-28 to R-30)")
class EvidenceUploadController {

	private final EvidenceUpload upload;

	private final ObjectionParties parties;

	private final SubjectSteps subjectSteps;

	private final long maxBytes;

	EvidenceUploadController(EvidenceUpload upload, ObjectionParties parties, SubjectSteps subjectSteps,
			@Value("${gongxin.rights.attachment-max-bytes:5242880}") long maxBytes) {
		this.upload = upload;
		this.parties = parties;
		this.subjectSteps = subjectSteps;
		this.maxBytes = maxBytes;
	}

	@PostMapping(path = "/api/v1/objections/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('SUBJECT')")
	@Operation(summary = "为异议附上证明材料（PDF 或图片）/ attach evidence (PDF or image)")
	StoredAttachment attach(@PathVariable long id, @RequestParam("file") MultipartFile file, Caller caller)
			throws IOException {
		Objection objection = parties.readable(id, caller);
		UploadedEvidence uploaded = UploadedEvidence.of(file, maxBytes);
		StoredAttachment stored = upload.store(objection.id(), uploaded.name(), uploaded.size(), uploaded.content());
		subjectSteps.attached(caller, objection, stored.id().toString(), stored.fileName());
		return stored;
	}
}
