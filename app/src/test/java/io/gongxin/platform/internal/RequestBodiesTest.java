package io.gongxin.platform.internal;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 16: which requests without a declared length {@link RequestBodyLimit} still caps as they are read. */
class RequestBodiesTest {

	private static MockHttpServletRequest request(String protocol, String transferEncoding) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/subjects/x/profile");
		request.setProtocol(protocol);
		if (transferEncoding != null) {
			request.addHeader("Transfer-Encoding", transferEncoding);
		}
		return request;
	}

	@Test
	@DisplayName("R-31 an HTTP/1.1 request without a length or a transfer coding has no body; a chunked one, or any HTTP/2 one, may")
	void onlyRequestsThatMayHaveABodyAreCapped() {
		assertThat(RequestBodyLimit.mayHaveBody(request("HTTP/1.1", null))).isFalse();
		assertThat(RequestBodyLimit.mayHaveBody(request("HTTP/1.0", null))).isFalse();
		assertThat(RequestBodyLimit.mayHaveBody(request("HTTP/1.1", "chunked"))).isTrue();
		assertThat(RequestBodyLimit.mayHaveBody(request("HTTP/2.0", null))).isTrue();
	}
}
