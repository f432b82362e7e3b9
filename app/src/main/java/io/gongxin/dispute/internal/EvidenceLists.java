package io.gongxin.dispute.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** An objection's evidence listed, oldest first: for the API ({@link ListedEvidence}) and its page ({@link Evidence}). */
@Component
class EvidenceLists {

	private final JdbcClient jdbc;

	EvidenceLists(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<ListedEvidence> of(long objectionId) {
		return jdbc.sql("""
				select id, file_name as "fileName", content_type as "contentType", size_bytes as size, sha256, created_at as "createdAt"
				  from objection_attachments where objection_id = ? order by created_at""")
			.param(objectionId)
			.query((rs, row) -> new ListedEvidence(rs.getObject("id", UUID.class), rs.getString("fileName"),
					rs.getString("contentType"), rs.getLong("size"), rs.getString("sha256"),
					rs.getObject("createdAt", OffsetDateTime.class)))
			.list();
	}

	List<Evidence> evidence(long objectionId) {
		return jdbc.sql("""
				select id, file_name, content_type, size_bytes, created_at
				  from objection_attachments where objection_id = ? order by created_at""")
			.param(objectionId)
			.query((rs, row) -> new Evidence(rs.getObject("id", UUID.class), rs.getString("file_name"),
					rs.getString("content_type"), rs.getLong("size_bytes"), rs.getObject("created_at", OffsetDateTime.class)))
			.list();
	}
}
