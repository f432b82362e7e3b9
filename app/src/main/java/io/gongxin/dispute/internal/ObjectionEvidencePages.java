package io.gongxin.dispute.internal;

import java.io.IOException;
import java.util.UUID;

import io.gongxin.account.Caller;
import io.gongxin.platform.PageController;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** An objection's evidence downloaded from its page by each of its parties, as from the API (ADR 0013). */
@PageController
class ObjectionEvidencePages {

	private final ObjectionParties parties;

	private final EvidenceDownload download;

	ObjectionEvidencePages(ObjectionParties parties, EvidenceDownload download) {
		this.parties = parties;
		this.download = download;
	}

	@GetMapping("/console/objections/{id}/attachments/{attachmentId}")
	@PreAuthorize("hasAnyRole('CENTER_ADMIN', 'CENTER_OPERATOR')")
	void centreEvidence(@PathVariable long id, @PathVariable UUID attachmentId, Caller caller,
			HttpServletResponse response) throws IOException {
		download.send(parties.readable(id, caller), attachmentId, response);
	}

	@GetMapping("/provider/objections/{id}/attachments/{attachmentId}")
	@PreAuthorize("hasRole('PROVIDER')")
	void providerEvidence(@PathVariable long id, @PathVariable UUID attachmentId, Caller caller,
			HttpServletResponse response) throws IOException {
		download.send(parties.readable(id, caller), attachmentId, response);
	}

	@GetMapping("/me/objections/{id}/attachments/{attachmentId}")
	@PreAuthorize("hasRole('SUBJECT')")
	void subjectEvidence(@PathVariable long id, @PathVariable UUID attachmentId, Caller caller,
			HttpServletResponse response) throws IOException {
		download.send(parties.readable(id, caller), attachmentId, response);
	}
}
