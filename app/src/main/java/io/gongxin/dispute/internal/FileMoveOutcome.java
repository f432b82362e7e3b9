package io.gongxin.dispute.internal;

/** What became of one old evidence file at start ({@link AttachmentFileMove}). */
enum FileMoveOutcome {
	MOVED, ALREADY_IN_DATABASE, NO_LONGER_NEEDED, DIGEST_MISMATCH, BUSY
}
