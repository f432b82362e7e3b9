package io.gongxin.dispute.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import io.gongxin.GongxinTest;
import io.gongxin.TestAccounts;
import io.gongxin.TestClock;
import io.gongxin.platform.GongxinProperties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Issue 13, ADR 0013: objection evidence rests in the database, sealed, and goes when no longer needed. */
@GongxinTest
class EvidenceInDatabaseTest {

	private static final String PERSON = "110101199003070011";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	@Autowired
	GongxinProperties properties;

	@Autowired
	AttachmentFilesMove filesMove;

	@Autowired
	AttachmentSweep sweep;

	final RequestPostProcessor owner = httpBasic("evidence-owner", "person-password");

	final RequestPostProcessor stranger = httpBasic("zhao-liu-evidence", "person-password");

	@BeforeEach
	void accounts() throws Exception {
		for (String[] account : new String[][] { { "evidence-owner", PERSON }, { "zhao-liu-evidence", "330106197911110027" } }) {
			mvc.perform(post("/api/v1/accounts").with(accounts.center()).contentType(MediaType.APPLICATION_JSON).content("""
					{"username": "%s", "password": "person-password", "role": "SUBJECT", "subjectId": "%s"}"""
				.formatted(account[0], account[1])));
		}
	}

	@Test
	@DisplayName("R-28 evidence rests sealed in the database, in parts, is streamed out exactly to those handling it, and no node's disk holds it")
	void evidenceRestsSealedInTheDatabase() throws Exception {
		long objection = objection("evidence-db");
		byte[] pdf = pdf("证据 marker-in-evidence", 2_500_000);
		UUID id = upload(objection, "缴款凭证.pdf", pdf);
		assertThat(jdbc.sql("select stored_path from objection_attachments where id = ?").param(id).query(String.class)
			.optional()).isEmpty();
		List<byte[]> parts = jdbc.sql("select content from objection_attachment_parts where attachment_id = ? order by part")
			.param(id).query(byte[].class).list();
		assertThat(parts).hasSize(3);
		byte[] marker = "marker-in-evidence".getBytes(StandardCharsets.UTF_8);
		assertThat(parts).noneMatch(part -> contains(part, marker));
		Path directory = properties.dataDirectory().resolve("attachments");
		assertThat(!Files.isDirectory(directory) || Files.notExists(directory.resolve(id + ".bin"))).isTrue();
		byte[] viewed = mvc.perform(get("/api/v1/objections/{id}/attachments/{attachment}", objection, id).with(accounts.market()))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment;")))
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(viewed).isEqualTo(pdf);
		mvc.perform(get("/api/v1/objections/{id}/attachments/{attachment}", objection, id).with(stranger))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/objections/{id}/attachments/{attachment}", objection, UUID.randomUUID()).with(owner))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("UNKNOWN_ATTACHMENT"));
	}

	@Test
	@DisplayName("a file an earlier version left on this node's disk is moved in at start, checked against its digest, then deleted")
	void oldFilesAreMovedIntoTheDatabase() throws Exception {
		long objection = objection("evidence-old");
		Path directory = properties.dataDirectory().resolve("attachments").toAbsolutePath();
		Files.createDirectories(directory);
		byte[] png = png("old-png");
		UUID old = oldFile(objection, directory, png, sha256(png));
		UUID altered = oldFile(objection, directory, png("altered"), sha256(png));
		Path orphan = directory.resolve(UUID.randomUUID() + ".bin");
		Files.write(orphan, png("orphan"));
		// before the move, this node (the one holding the file) still shows it
		assertThat(view(objection, old)).isEqualTo(png);
		assertThat(filesMove.moveAll()).isEqualTo(1);
		assertThat(Files.exists(directory.resolve(old + ".bin"))).isFalse();
		assertThat(Files.exists(orphan)).isFalse();
		assertThat(jdbc.sql("select stored_path from objection_attachments where id = ?").param(old).query(String.class)
			.optional()).isEmpty();
		assertThat(view(objection, old)).isEqualTo(png);
		// a file that does not match its digest stays where it is, for the operator
		assertThat(Files.exists(directory.resolve(altered + ".bin"))).isTrue();
		assertThat(jdbc.sql("select count(*) from objection_attachment_parts where attachment_id = ?").param(altered)
			.query(Long.class).single()).isZero();
		Files.delete(directory.resolve(altered + ".bin"));
		jdbc.sql("delete from objection_attachments where id = ?").param(altered).update();
	}

	@Test
	@DisplayName("evidence of an objection decided longer ago than gongxin.rights.attachment-retention is deleted; an open one's is kept")
	void evidenceGoesAfterTheRetention() throws Exception {
		long closed = objection("evidence-closed");
		long open = objection("evidence-open");
		UUID gone = upload(closed, "a.png", png("closed"));
		UUID kept = upload(open, "b.png", png("open"));
		OffsetDateTime longAgo = OffsetDateTime.now(clock).minus(Duration.ofDays(366));
		jdbc.sql("update objections set status = 'REJECTED', outcome = 'test', updated_at = ? where id = ?").params(longAgo, closed)
			.update();
		jdbc.sql("update objections set updated_at = ? where id = ?").params(longAgo, open).update();
		assertThat(sweep.sweep()).isGreaterThanOrEqualTo(1);
		assertThat(jdbc.sql("select count(*) from objection_attachment_parts where attachment_id = ?").param(gone)
			.query(Long.class).single()).isZero();
		mvc.perform(get("/api/v1/objections/{id}/attachments", closed).with(owner)).andExpect(jsonPath("$.length()").value(0));
		assertThat(view(open, kept)).isEqualTo(png("open"));
	}

	private UUID oldFile(long objection, Path directory, byte[] content, String sha256) throws Exception {
		UUID id = UUID.randomUUID();
		Path file = directory.resolve(id + ".bin");
		Files.write(file, content);
		jdbc.sql("""
				insert into objection_attachments (id, objection_id, file_name, content_type, size_bytes, sha256, stored_path, created_at)
				values (?, ?, 'old.png', 'image/png', ?, ?, ?, ?)""")
			.params(id, objection, content.length, sha256, file.toString(), OffsetDateTime.now(clock))
			.update();
		return id;
	}

	private byte[] view(long objection, UUID id) throws Exception {
		return mvc.perform(get("/api/v1/objections/{id}/attachments/{attachment}", objection, id).with(owner))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
	}

	private UUID upload(long objection, String name, byte[] content) throws Exception {
		String body = mvc.perform(multipart("/api/v1/objections/{id}/attachments", objection)
			.file(new MockMultipartFile("file", name, "application/octet-stream", content)).with(owner))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.sha256").value(sha256(content)))
			.andReturn().getResponse().getContentAsString();
		return UUID.fromString(JsonPath.read(body, "$.id"));
	}

	private long objection(String ref) throws Exception {
		String source = ref + System.nanoTime();
		String records = mvc.perform(post("/api/v1/records").with(accounts.market()).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"records": [{"item": "ADMIN_PENALTY", "sourceRef": "%s", "subject": {"type": "NATURAL_PERSON", "id": "%s", "name": "李四"},
					 "occurredOn": "2025-06-02", "fields": {"decisionNumber": "沪市监罚〔2025〕%s号", "penaltyType": "罚款",
					 "decidedOn": "2025-06-02", "authority": "市市场监督管理局", "amount": 1}}]}""".formatted(source, PERSON, source)))
			.andReturn().getResponse().getContentAsString();
		long record = ((Number) JsonPath.read(records, "$.results[0].recordId")).longValue();
		String body = mvc.perform(post("/api/v1/objections").with(owner).contentType(MediaType.APPLICATION_JSON).content("""
				{"recordId": %d, "reason": "ERROR_OR_OMISSION", "statement": "罚款已缴清"}""".formatted(record)))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		return ((Number) JsonPath.read(body, "$.id")).longValue();
	}

	private static byte[] pdf(String text, int size) {
		byte[] head = ("%PDF-1.4\n% " + text + "\n").getBytes(StandardCharsets.UTF_8);
		byte[] content = Arrays.copyOf(head, size);
		for (int i = head.length; i < size; i++) {
			content[i] = (byte) ('a' + i % 26);
		}
		return content;
	}

	private static byte[] png(String text) {
		byte[] head = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };
		byte[] tail = text.getBytes(StandardCharsets.UTF_8);
		byte[] content = Arrays.copyOf(head, head.length + tail.length);
		System.arraycopy(tail, 0, content, head.length, tail.length);
		return content;
	}

	private static String sha256(byte[] content) {
		return HexFormat.of().formatHex(EvidenceFormat.sha256().digest(content));
	}

	private static boolean contains(byte[] haystack, byte[] needle) {
		outer: for (int i = 0; i + needle.length <= haystack.length; i++) {
			for (int j = 0; j < needle.length; j++) {
				if (haystack[i + j] != needle[j]) {
					continue outer;
				}
			}
			return true;
		}
		return false;
	}
}
