package io.gongxin.dispute.internal;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.UUID;

import io.gongxin.subject.DataSealing;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * An attachment's content kept in the database (ADR 0013): cut into parts of {@value #PART} bytes, each sealed
 * with the vault's key (evidence is personal data) and bound to its attachment and position; read back by
 * {@link AttachmentContent}.
 */
@Component
class AttachmentParts {

	static final int PART = 1024 * 1024;

	private final JdbcClient jdbc;

	private final DataSealing sealing;

	AttachmentParts(JdbcClient jdbc, DataSealing sealing) {
		this.jdbc = jdbc;
		this.sealing = sealing;
	}

	/** Writes the content as sealed parts; returns its SHA-256. Runs in the caller's transaction. */
	String store(UUID id, InputStream in) throws IOException {
		MessageDigest digest = EvidenceFormat.sha256();
		int part = 0;
		byte[] buffer;
		while ((buffer = in.readNBytes(PART)).length > 0) {
			digest.update(buffer);
			jdbc.sql("insert into objection_attachment_parts (attachment_id, part, content) values (?, ?, ?)")
				.params(id, part, sealing.seal(buffer, context(id, part)))
				.update();
			part++;
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	/** What a part is sealed to: its attachment and its place, so no part can stand in for another. */
	static String context(UUID attachment, int part) {
		return "attachment:" + attachment + ":" + part;
	}
}
