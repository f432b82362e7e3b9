package io.gongxin.dispute.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Evidence for objections ({@code objection_attachments}): what each piece is, whose objection it belongs to and
 * its digest; the content is in its parts ({@link AttachmentParts}). Uploaded through {@link EvidenceUpload},
 * listed by {@link EvidenceLists}; {@link AttachmentSweep} deletes it once the objection has been closed for
 * {@code gongxin.rights.attachment-retention}.
 */
@Component
class Attachments {

	private final JdbcClient jdbc;

	private final Clock clock;

	Attachments(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** One stored attachment; {@code oldPath} only for a file an earlier version left on a node's disk. */
	record Stored(UUID id, String fileName, String contentType, long size, String oldPath) {
	}

	long count(long objectionId) {
		return jdbc.sql("select count(*) from objection_attachments where objection_id = ?").param(objectionId)
			.query(Long.class).single();
	}

	void insert(long objectionId, StoredAttachment stored) {
		jdbc.sql("""
				insert into objection_attachments (id, objection_id, file_name, content_type, size_bytes, sha256, created_at)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(stored.id(), objectionId, stored.fileName(), stored.contentType(), stored.size(), stored.sha256(),
					OffsetDateTime.now(clock))
			.update();
	}

	Optional<Stored> find(long objectionId, UUID id) {
		return jdbc.sql("""
				select id, file_name, content_type, size_bytes, stored_path
				  from objection_attachments where objection_id = ? and id = ?""")
			.params(objectionId, id)
			.query((rs, row) -> new Stored(rs.getObject("id", UUID.class), rs.getString("file_name"),
					rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("stored_path")))
			.optional();
	}
}
