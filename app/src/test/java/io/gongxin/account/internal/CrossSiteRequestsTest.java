package io.gongxin.account.internal;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

/** Which API writes a browser makes from another site's page, or as a form, are refused. */
class CrossSiteRequestsTest {

	@Test
	@DisplayName("R-31: fetch metadata or a foreign origin marks a request cross-site; this server's origin does not")
	void crossSiteByFetchMetadataOrOrigin() {
		assertThat(CrossSiteRequests.crossSite(request("Sec-Fetch-Site", "cross-site"))).isTrue();
		assertThat(CrossSiteRequests.crossSite(request("Sec-Fetch-Site", "same-site"))).isTrue();
		assertThat(CrossSiteRequests.crossSite(request("Origin", "https://evil.example"))).isTrue();
		assertThat(CrossSiteRequests.crossSite(request("Origin", "null"))).isTrue();
		assertThat(CrossSiteRequests.crossSite(request("Origin", "http://localhost"))).isFalse();
		assertThat(CrossSiteRequests.crossSite(request("Sec-Fetch-Site", "same-origin"))).isFalse();
	}

	@Test
	@DisplayName("R-31: a form-typed write without a bearer token is refused, except files where the contract takes them")
	void formTypedWrites() {
		MockHttpServletRequest form = new MockHttpServletRequest("POST", "/api/v1/records");
		form.setContentType("application/x-www-form-urlencoded");
		assertThat(FormTypedWrites.refused(form)).isTrue();
		form.addHeader("Authorization", "Bearer gx_abc");
		assertThat(FormTypedWrites.refused(form)).isFalse();
		MockHttpServletRequest batch = new MockHttpServletRequest("POST", "/api/v1/batches");
		batch.setContentType("multipart/form-data; boundary=x");
		assertThat(FormTypedWrites.refused(batch)).isFalse();
		MockHttpServletRequest json = new MockHttpServletRequest("POST", "/api/v1/records");
		json.setContentType("application/json");
		assertThat(FormTypedWrites.refused(json)).isFalse();
	}

	private static MockHttpServletRequest request(String header, String value) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/records");
		request.setServerName("localhost");
		request.setServerPort(80);
		request.addHeader(header, value);
		return request;
	}
}
