package io.gongxin.dispute.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * At start, each node moves the evidence an earlier version stored on its own disk ({@link OldEvidenceFiles})
 * into the database (ADR 0013), checks it against the digest taken at upload, and only then deletes the file. A
 * file whose attachment no longer exists (deleted by the retention sweep on another node) is deleted; a file
 * whose content does not match its digest is kept and reported, for the operator to look at.
 */
@Component
class AttachmentFilesMove {

	private static final Logger log = LoggerFactory.getLogger(AttachmentFilesMove.class);

	private final OldEvidenceFiles files;

	private final AttachmentFileMove move;

	AttachmentFilesMove(OldEvidenceFiles files, AttachmentFileMove move) {
		this.files = files;
		this.move = move;
	}

	@EventListener(ApplicationReadyEvent.class)
	void atStart() {
		moveAll();
	}

	/** Moves every old file of this node; returns how many it moved. */
	int moveAll() {
		int moved = 0;
		for (OldEvidenceFile file : files.list()) {
			FileMoveOutcome outcome = file.attachment().map(id -> move.move(id, file.path())).orElse(FileMoveOutcome.BUSY);
			if (outcome == FileMoveOutcome.MOVED) {
				moved++;
			}
			if (outcome == FileMoveOutcome.DIGEST_MISMATCH) {
				log.warn("The old evidence file {} does not match the digest taken at upload: kept on disk", file.path());
			}
			if (outcome == FileMoveOutcome.MOVED || outcome == FileMoveOutcome.ALREADY_IN_DATABASE
					|| outcome == FileMoveOutcome.NO_LONGER_NEEDED) {
				file.delete();
			}
		}
		if (moved > 0) {
			log.info("Moved {} evidence files from {} into the database", moved, files.directory());
		}
		return moved;
	}
}
