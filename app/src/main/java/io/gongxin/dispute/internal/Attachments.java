package io.gongxin.dispute.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.gongxin.platform.DomainException;
import io.gongxin.subject.DataSealing;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.multipart.MultipartFile;

/**
 * Evidence for objections: only PDF, PNG and JPEG, recognised by their content (not their name), at most
 * {@code gongxin.rights.attachment-max-bytes} (5 MB) each and five per objection. Kept in the database where
 * every node reaches it (ADR 0013): cut into parts of {@value #PART} bytes, each sealed with the vault's key
 * (evidence is personal data) and bound to its attachment and position; read back part by part when viewed.
 * {@link AttachmentSweep} deletes it once the objection has been closed for {@code gongxin.rights.attachment-retention}.
 */
@Component
class Attachments {

	static final int MAX_PER_OBJECTION = 5;

	static final int PART = 1024 * 1024;

	private final JdbcClient jdbc;

	private final DataSealing sealing;

	private final TransactionTemplate transactions;

	private final long maxBytes;

	private final Clock clock;

	Attachments(JdbcClient jdbc, DataSealing sealing, TransactionTemplate transactions,
			@Value("${gongxin.rights.attachment-max-bytes:5242880}") long maxBytes, Clock clock) {
		this.jdbc = jdbc;
		this.sealing = sealing;
		this.transactions = transactions;
		this.maxBytes = maxBytes;
		this.clock = clock;
	}

	/** The evidence limit applies before the upload is read or spooled (the API and the subject's page). */
	@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
	static class Limits {

		@org.springframework.context.annotation.Bean
		io.gongxin.platform.UploadLimit attachmentUploadLimit(
				@Value("${gongxin.rights.attachment-max-bytes:5242880}") long maxBytes) {
			return new io.gongxin.platform.UploadLimit("/api/v1/objections/*/attachments", maxBytes);
		}

		@org.springframework.context.annotation.Bean
		io.gongxin.platform.UploadLimit attachmentPageUploadLimit(
				@Value("${gongxin.rights.attachment-max-bytes:5242880}") long maxBytes) {
			return new io.gongxin.platform.UploadLimit("/me/objections/*/attachments", maxBytes);
		}
	}

	/** One stored attachment; {@code oldPath} only for a file an earlier version left on a node's disk. */
	record Stored(UUID id, String fileName, String contentType, long size, String oldPath) {
	}

	StoredAttachment store(long objectionId, MultipartFile file) throws IOException {
		if (file.isEmpty() || file.getSize() > maxBytes) {
			throw new DomainException(DomainException.Kind.TOO_LARGE, "ATTACHMENT_TOO_LARGE", Map.of("maxBytes", maxBytes),
					maxBytes);
		}
		String name = file.getOriginalFilename() == null ? "attachment" : Path.of(file.getOriginalFilename()).getFileName().toString();
		return store(objectionId, name, file.getSize(), file::getInputStream);
	}

	/** The content, read twice: its first bytes to recognise its type, then whole to store it. */
	interface Content {

		InputStream open() throws IOException;
	}

	/** What a stored piece of evidence is: the answer to its upload. */
	record StoredAttachment(UUID id, String fileName, String contentType, long size, String sha256) {
	}

	StoredAttachment store(long objectionId, String name, long size, Content content) throws IOException {
		long count = jdbc.sql("select count(*) from objection_attachments where objection_id = ?").param(objectionId)
			.query(Long.class).single();
		if (count >= MAX_PER_OBJECTION) {
			throw new DomainException(DomainException.Kind.CONFLICT, "TOO_MANY_ATTACHMENTS", Map.of("max", MAX_PER_OBJECTION),
					MAX_PER_OBJECTION);
		}
		String contentType;
		try (InputStream in = content.open()) {
			contentType = sniff(in.readNBytes(8));
		}
		UUID id = UUID.randomUUID();
		String digest = transactions.execute(status -> {
			try (InputStream in = content.open()) {
				String sha256 = storeParts(id, in);
				jdbc.sql("""
						insert into objection_attachments (id, objection_id, file_name, content_type, size_bytes, sha256, created_at)
						values (?, ?, ?, ?, ?, ?, ?)""")
					.params(id, objectionId, name, contentType, size, sha256, OffsetDateTime.now(clock))
					.update();
				return sha256;
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
		return new StoredAttachment(id, name, contentType, size, digest);
	}

	/** Writes the content as sealed parts; returns its SHA-256. Runs in the caller's transaction. */
	String storeParts(UUID id, InputStream in) throws IOException {
		MessageDigest digest = sha256();
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

	/** One piece of evidence as the API lists it. */
	record ListedEvidence(UUID id, String fileName, String contentType, long size, String sha256,
			@com.fasterxml.jackson.annotation.JsonFormat(pattern = "yyyy-MM-dd'T'HH:mm:ss.SSSXXX", timezone = "UTC") OffsetDateTime createdAt) {
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

	/** One piece of evidence as its objection's page lists it. */
	record Evidence(UUID id, String fileName, String contentType, long size, OffsetDateTime createdAt) {
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

	Optional<Stored> find(long objectionId, UUID id) {
		return jdbc.sql("""
				select id, file_name, content_type, size_bytes, stored_path
				  from objection_attachments where objection_id = ? and id = ?""")
			.params(objectionId, id)
			.query((rs, row) -> new Stored(rs.getObject("id", UUID.class), rs.getString("file_name"),
					rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("stored_path")))
			.optional();
	}

	/**
	 * Streams the content out, one part in memory at a time. A file an earlier version left on a node's disk and
	 * that node has not moved in yet is read from there if this is that node.
	 */
	void copy(Stored stored, OutputStream out) throws IOException {
		List<Integer> parts = jdbc.sql("select part from objection_attachment_parts where attachment_id = ? order by part")
			.param(stored.id())
			.query(Integer.class)
			.list();
		if (parts.isEmpty() && stored.oldPath() != null) {
			Path old = Path.of(stored.oldPath());
			if (!Files.isRegularFile(old)) {
				throw new DomainException(DomainException.Kind.UNAVAILABLE, "ATTACHMENT_ON_ANOTHER_NODE");
			}
			Files.copy(old, out);
			return;
		}
		for (int i = 0; i < parts.size(); i++) {
			if (parts.get(i) != i) {
				throw new IllegalStateException("attachment " + stored.id() + " misses part " + i);
			}
			byte[] sealed = jdbc.sql("select content from objection_attachment_parts where attachment_id = ? and part = ?")
				.params(stored.id(), i)
				.query(byte[].class)
				.single();
			out.write(sealing.open(sealed, context(stored.id(), i)));
		}
	}

	/** The file's type from its first bytes; anything but PDF, PNG or JPEG is refused. */
	static String sniff(byte[] head) {
		if (head.length >= 5 && head[0] == '%' && head[1] == 'P' && head[2] == 'D' && head[3] == 'F' && head[4] == '-') {
			return "application/pdf";
		}
		if (head.length >= 8 && (head[0] & 0xFF) == 0x89 && head[1] == 'P' && head[2] == 'N' && head[3] == 'G') {
			return "image/png";
		}
		if (head.length >= 3 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xD8 && (head[2] & 0xFF) == 0xFF) {
			return "image/jpeg";
		}
		throw new DomainException(DomainException.Kind.UNSUPPORTED_FORMAT, "UNSUPPORTED_ATTACHMENT");
	}

	static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String context(UUID attachment, int part) {
		return "attachment:" + attachment + ":" + part;
	}
}
