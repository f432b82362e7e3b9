package io.gongxin.dispute.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** One old evidence file into the database (ADR 0013), in a transaction of its own; the caller deletes it after. */
@Component
class AttachmentFileMove {

	private final JdbcClient jdbc;

	private final AttachmentParts attachmentParts;

	private final TransactionTemplate transactions;

	AttachmentFileMove(JdbcClient jdbc, AttachmentParts parts, TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.attachmentParts = parts;
		this.transactions = transactions;
	}

	FileMoveOutcome move(UUID id, Path file) {
		return transactions.execute(status -> {
			Optional<String> digest = jdbc.sql("select sha256 from objection_attachments where id = ? for update skip locked")
				.param(id)
				.query(String.class)
				.optional();
			if (digest.isEmpty()) {
				long exists = jdbc.sql("select count(*) from objection_attachments where id = ?").param(id)
					.query(Long.class).single();
				return exists == 0 ? FileMoveOutcome.NO_LONGER_NEEDED : FileMoveOutcome.BUSY;
			}
			long parts = jdbc.sql("select count(*) from objection_attachment_parts where attachment_id = ?").param(id)
				.query(Long.class).single();
			if (parts == 0) {
				try (InputStream in = Files.newInputStream(file)) {
					String sha256 = attachmentParts.store(id, in);
					if (!sha256.equals(digest.get())) {
						status.setRollbackOnly();
						return FileMoveOutcome.DIGEST_MISMATCH;
					}
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}
			jdbc.sql("update objection_attachments set stored_path = null where id = ?").param(id).update();
			return parts == 0 ? FileMoveOutcome.MOVED : FileMoveOutcome.ALREADY_IN_DATABASE;
		});
	}
}
