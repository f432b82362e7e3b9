package io.gongxin.platform;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import io.gongxin.GongxinTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Each upload endpoint's own size limit (issue 12, point 7), applied before the body is read. */
@GongxinTest
class UploadLimitsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	GongxinProperties properties;

	@Test
	@DisplayName("R-28 a 6 MB objection attachment gets 413 FILE_TOO_LARGE before it is read or stored, whoever sends it")
	void attachmentOverFiveMegabytes() throws Exception {
		Path stored = properties.dataDirectory().resolve("attachments");
		long before = count(stored);
		MockMultipartFile six = new MockMultipartFile("file", "big.pdf", "application/pdf", new byte[6 * 1024 * 1024]);
		mvc.perform(multipart("/api/v1/objections/{id}/attachments", 1).file(six))
			.andExpect(status().isPayloadTooLarge())
			.andExpect(jsonPath("$.code").value("FILE_TOO_LARGE"))
			.andExpect(jsonPath("$.maxBytes").value(5 * 1024 * 1024));
		mvc.perform(multipart("/api/v1/objections/{id}/attachments", 1).file(six).with(httpBasic("person", "person-demo")))
			.andExpect(status().isPayloadTooLarge())
			.andExpect(jsonPath("$.code").value("FILE_TOO_LARGE"));
		// a declared length over the limit is enough: the body is not read
		mvc.perform(post("/api/v1/objections/{id}/attachments", 1).contentType("multipart/form-data; boundary=x")
			.header("Content-Length", String.valueOf(6 * 1024 * 1024))
			.content("--x--".getBytes(StandardCharsets.UTF_8)))
			.andExpect(status().isPayloadTooLarge())
			.andExpect(jsonPath("$.code").value("FILE_TOO_LARGE"));
		assertThat(count(stored)).isEqualTo(before);
		// under the limit the request goes on to security: anonymous callers are refused there
		mvc.perform(multipart("/api/v1/objections/{id}/attachments", 1)
			.file(new MockMultipartFile("file", "small.pdf", "application/pdf", new byte[1024])))
			.andExpect(status().isUnauthorized());
	}

	private static long count(Path folder) throws Exception {
		if (!Files.isDirectory(folder)) {
			return 0;
		}
		try (var files = Files.list(folder)) {
			return files.count();
		}
	}
}
