package io.gongxin.dispute.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.gongxin.platform.GongxinProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * At start, each node moves the evidence an earlier version stored on its own disk ({@code <data>/attachments})
 * into the database (ADR 0013), checks it against the digest taken at upload, and only then deletes the file. A
 * file whose attachment no longer exists (deleted by the retention sweep on another node) is deleted; a file
 * whose content does not match its digest is kept and reported, for the operator to look at.
 */
@Component
class AttachmentFilesMove {

	private static final Logger log = LoggerFactory.getLogger(AttachmentFilesMove.class);

	private final JdbcClient jdbc;

	private final AttachmentParts attachmentParts;

	private final TransactionTemplate transactions;

	private final Path directory;

	AttachmentFilesMove(JdbcClient jdbc, AttachmentParts parts, TransactionTemplate transactions,
			GongxinProperties properties) {
		this.jdbc = jdbc;
		this.attachmentParts = parts;
		this.transactions = transactions;
		this.directory = properties.dataDirectory().resolve("attachments");
	}

	enum Outcome {
		MOVED, ALREADY_IN_DATABASE, NO_LONGER_NEEDED, DIGEST_MISMATCH, BUSY
	}

	@EventListener(ApplicationReadyEvent.class)
	void atStart() {
		moveAll();
	}

	/** Moves every old file of this node; returns how many it moved. */
	int moveAll() {
		if (!Files.isDirectory(directory)) {
			return 0;
		}
		List<Path> files;
		try (var listing = Files.list(directory)) {
			files = listing.filter(f -> f.getFileName().toString().endsWith(".bin")).toList();
		}
		catch (IOException ex) {
			log.warn("Cannot list the old evidence files in {}", directory);
			return 0;
		}
		int moved = 0;
		for (Path file : files) {
			Outcome outcome = move(file);
			if (outcome == Outcome.MOVED) {
				moved++;
			}
			if (outcome == Outcome.DIGEST_MISMATCH) {
				log.warn("The old evidence file {} does not match the digest taken at upload: kept on disk", file);
			}
			if (outcome == Outcome.MOVED || outcome == Outcome.ALREADY_IN_DATABASE || outcome == Outcome.NO_LONGER_NEEDED) {
				try {
					Files.deleteIfExists(file);
				}
				catch (IOException ex) {
					log.warn("Cannot delete the old evidence file {}", file);
				}
			}
		}
		if (moved > 0) {
			log.info("Moved {} evidence files from {} into the database", moved, directory);
		}
		return moved;
	}

	/** One file, in a transaction of its own; the file is deleted by the caller only after the commit. */
	Outcome move(Path file) {
		String name = file.getFileName().toString();
		UUID id;
		try {
			id = UUID.fromString(name.substring(0, name.length() - ".bin".length()));
		}
		catch (IllegalArgumentException ex) {
			return Outcome.BUSY;
		}
		return transactions.execute(status -> {
			Optional<String> digest = jdbc.sql("select sha256 from objection_attachments where id = ? for update skip locked")
				.param(id)
				.query(String.class)
				.optional();
			if (digest.isEmpty()) {
				long exists = jdbc.sql("select count(*) from objection_attachments where id = ?").param(id)
					.query(Long.class).single();
				return exists == 0 ? Outcome.NO_LONGER_NEEDED : Outcome.BUSY;
			}
			long parts = jdbc.sql("select count(*) from objection_attachment_parts where attachment_id = ?").param(id)
				.query(Long.class).single();
			if (parts == 0) {
				try (InputStream in = Files.newInputStream(file)) {
					String sha256 = attachmentParts.store(id, in);
					if (!sha256.equals(digest.get())) {
						status.setRollbackOnly();
						return Outcome.DIGEST_MISMATCH;
					}
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}
			jdbc.sql("update objection_attachments set stored_path = null where id = ?").param(id).update();
			return parts == 0 ? Outcome.MOVED : Outcome.ALREADY_IN_DATABASE;
		});
	}
}
