package io.gongxin.platform.internal;

import io.gongxin.platform.UploadLimit;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.mock.web.MockMultipartHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

/** What an upload is refused for before its body is read, judged without a server. */
class UploadRefusalTest {

	private static final UploadLimit LIMIT = new UploadLimit("/uploads", 1000);

	@Test
	void aDeclaredLengthWithinTheLimitAndItsEnvelopePasses() {
		assertThat(UploadRefusal.of(declaring(String.valueOf(1000 + UploadLimit.ENVELOPE)), LIMIT)).isEmpty();
	}

	@Test
	void aDeclaredLengthBeyondTheEnvelopeIsTooLarge() {
		assertThat(UploadRefusal.of(declaring(String.valueOf(1001 + UploadLimit.ENVELOPE)), LIMIT))
			.contains(UploadRefusal.FILE_TOO_LARGE);
	}

	@Test
	void anUploadWithoutALengthItCanBeJudgedByIsRefusedWith411() {
		assertThat(UploadRefusal.of(new MockHttpServletRequest("POST", "/uploads"), LIMIT))
			.contains(UploadRefusal.LENGTH_REQUIRED);
		assertThat(UploadRefusal.of(declaring("many"), LIMIT)).contains(UploadRefusal.LENGTH_REQUIRED);
		assertThat(UploadRefusal.LENGTH_REQUIRED.status.value()).isEqualTo(411);
	}

	@Test
	void anUploadParsedAlreadyIsJudgedByItsFilesWithoutTheEnvelope() {
		assertThat(UploadRefusal.of(parsed(1000), LIMIT)).isEmpty();
		assertThat(UploadRefusal.of(parsed(1001), LIMIT)).contains(UploadRefusal.FILE_TOO_LARGE);
		assertThat(UploadRefusal.FILE_TOO_LARGE.status.value()).isEqualTo(413);
	}

	private static MockHttpServletRequest declaring(String length) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/uploads");
		request.addHeader("Content-Length", length);
		return request;
	}

	private static MockMultipartHttpServletRequest parsed(int bytes) {
		MockMultipartHttpServletRequest request = new MockMultipartHttpServletRequest();
		request.addFile(new MockMultipartFile("file", "a.csv", "text/csv", new byte[bytes]));
		return request;
	}
}
