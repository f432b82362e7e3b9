package io.gongxin.dispute.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import io.gongxin.platform.DomainException;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/** An objection's evidence sent as uploaded, streamed from the database part by part (ADR 0013). */
@Component
class EvidenceDownload {

	private final Attachments attachments;

	private final AttachmentContent content;

	EvidenceDownload(Attachments attachments, AttachmentContent content) {
		this.attachments = attachments;
		this.content = content;
	}

	/**
	 * One piece of evidence to one of the objection's parties: its sniffed type, as a download (never rendered
	 * inline, so an upload can never run as a page of ours), nosniff.
	 */
	void send(Objection objection, UUID attachmentId, HttpServletResponse response) throws IOException {
		Attachments.Stored stored = attachments.find(objection.id(), attachmentId)
			.orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND, "UNKNOWN_ATTACHMENT",
					Map.of("id", attachmentId), attachmentId.toString()));
		response.setContentType(stored.contentType());
		response.setContentLengthLong(stored.size());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(stored.fileName(), StandardCharsets.UTF_8).build().toString());
		response.setHeader("X-Content-Type-Options", "nosniff");
		content.copy(stored, response.getOutputStream());
	}
}
