package io.gongxin.dispute.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.UUID;

import io.gongxin.platform.DomainException;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Evidence for an objection stored (ADR 0013): only PDF, PNG and JPEG, recognised by their content
 * ({@link EvidenceFormat}), five per objection; the size limit is the upload's ({@link EvidenceUploadController}).
 */
@Component
class EvidenceUpload {

	static final int MAX_PER_OBJECTION = 5;

	private final Attachments attachments;

	private final AttachmentParts parts;

	private final TransactionTemplate transactions;

	EvidenceUpload(Attachments attachments, AttachmentParts parts, TransactionTemplate transactions) {
		this.attachments = attachments;
		this.parts = parts;
		this.transactions = transactions;
	}

	StoredAttachment store(long objectionId, String name, long size, EvidenceContent content) throws IOException {
		if (attachments.count(objectionId) >= MAX_PER_OBJECTION) {
			throw new DomainException(DomainException.Kind.CONFLICT, "TOO_MANY_ATTACHMENTS", Map.of("max", MAX_PER_OBJECTION),
					MAX_PER_OBJECTION);
		}
		String contentType;
		try (InputStream in = content.open()) {
			contentType = EvidenceFormat.sniff(in.readNBytes(8));
		}
		UUID id = UUID.randomUUID();
		return transactions.execute(status -> {
			try (InputStream in = content.open()) {
				StoredAttachment stored = new StoredAttachment(id, name, contentType, size, parts.store(id, in));
				attachments.insert(objectionId, stored);
				return stored;
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}
}
