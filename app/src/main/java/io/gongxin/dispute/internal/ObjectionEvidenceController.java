package io.gongxin.dispute.internal;

import java.io.IOException;
import java.util.List;
import java.util.UUID;

import io.gongxin.account.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** an objection's evidence, read by its parties only (ADR 0013); uploaded by {@link EvidenceUploadController}. */
@RestController
@Tag(name = "objections", description = "异议 / objections (R-28 to R-30)")
class ObjectionEvidenceController {

	private final EvidenceLists evidence;

	private final ObjectionParties parties;

	private final EvidenceDownload download;

	ObjectionEvidenceController(EvidenceLists evidence, ObjectionParties parties, EvidenceDownload download) {
		this.evidence = evidence;
		this.parties = parties;
		this.download = download;
	}

	@GetMapping("/api/v1/objections/{id}/attachments")
	@PreAuthorize("hasAnyRole('SUBJECT', 'PROVIDER', 'CENTER_ADMIN', 'CENTER_OPERATOR')")
	@Operation(summary = "异议的证明材料 / an objection's evidence")
	List<ListedEvidence> attachments(@PathVariable long id, Caller caller) {
		return evidence.of(parties.readable(id, caller).id());
	}

	/** The evidence as uploaded, streamed from the database part by part (ADR 0013); never shown inline. */
	@GetMapping("/api/v1/objections/{id}/attachments/{attachmentId}")
	@PreAuthorize("hasAnyRole('SUBJECT', 'PROVIDER', 'CENTER_ADMIN', 'CENTER_OPERATOR')")
	@Operation(summary = "一份证明材料的内容 / one piece of evidence, as uploaded")
	void attachment(@PathVariable long id, @PathVariable UUID attachmentId, Caller caller, HttpServletResponse response)
			throws IOException {
		download.send(parties.readable(id, caller), attachmentId, response);
	}
}
