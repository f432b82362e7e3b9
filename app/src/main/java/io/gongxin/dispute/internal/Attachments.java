package io.gongxin.dispute.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.gongxin.platform.GongxinProperties;
import io.gongxin.platform.ProblemException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * Evidence for objections: only PDF, PNG and JPEG, recognised by their content (not their name), at most
 * {@code gongxin.rights.attachment-max-bytes} (5 MB) each and five per objection, stored by a random name.
 */
@Component
class Attachments {

	static final int MAX_PER_OBJECTION = 5;

	private final JdbcClient jdbc;

	private final Path directory;

	private final long maxBytes;

	private final Clock clock;

	Attachments(JdbcClient jdbc, GongxinProperties properties,
			@Value("${gongxin.rights.attachment-max-bytes:5242880}") long maxBytes, Clock clock) {
		this.jdbc = jdbc;
		this.directory = properties.dataDirectory().resolve("attachments");
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

	Map<String, Object> store(long objectionId, MultipartFile file) throws IOException {
		if (file.isEmpty() || file.getSize() > maxBytes) {
			throw new ProblemException(HttpStatus.PAYLOAD_TOO_LARGE, "ATTACHMENT_TOO_LARGE", Map.of("maxBytes", maxBytes),
					maxBytes);
		}
		long count = jdbc.sql("select count(*) from objection_attachments where objection_id = ?").param(objectionId)
			.query(Long.class).single();
		if (count >= MAX_PER_OBJECTION) {
			throw new ProblemException(HttpStatus.CONFLICT, "TOO_MANY_ATTACHMENTS", Map.of("max", MAX_PER_OBJECTION),
					MAX_PER_OBJECTION);
		}
		String contentType;
		try (InputStream in = file.getInputStream()) {
			contentType = sniff(in.readNBytes(8));
		}
		UUID id = UUID.randomUUID();
		Files.createDirectories(directory);
		Path stored = directory.resolve(id + ".bin").toAbsolutePath();
		String digest;
		try (DigestInputStream in = new DigestInputStream(file.getInputStream(), MessageDigest.getInstance("SHA-256"))) {
			Files.copy(in, stored);
			digest = HexFormat.of().formatHex(in.getMessageDigest().digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
		String name = file.getOriginalFilename() == null ? "attachment" : Path.of(file.getOriginalFilename()).getFileName().toString();
		jdbc.sql("""
				insert into objection_attachments (id, objection_id, file_name, content_type, size_bytes, sha256, stored_path, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, objectionId, name, contentType, file.getSize(), digest, stored.toString(), OffsetDateTime.now(clock))
			.update();
		return Map.of("id", id, "fileName", name, "contentType", contentType, "size", file.getSize(), "sha256", digest);
	}

	List<Map<String, Object>> of(long objectionId) {
		return jdbc.sql("""
				select id, file_name as "fileName", content_type as "contentType", size_bytes as size, sha256, created_at as "createdAt"
				  from objection_attachments where objection_id = ? order by created_at""")
			.param(objectionId)
			.query()
			.listOfRows();
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
		throw new ProblemException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "UNSUPPORTED_ATTACHMENT");
	}
}
