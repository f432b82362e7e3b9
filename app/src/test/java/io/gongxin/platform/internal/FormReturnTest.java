package io.gongxin.platform.internal;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

/** Where a failed form goes back to: always a path on this site, never another host. */
class FormReturnTest {

	@Test
	@DisplayName("a form's own returnTo wins when it is a path on this site")
	void namedPathWins() {
		MockHttpServletRequest request = post();
		request.setParameter("returnTo", "/me/objections/7");
		request.addHeader("Referer", "http://localhost/me");
		assertThat(FormReturn.of(request)).isEqualTo("/me/objections/7");
	}

	@Test
	@DisplayName("a returnTo to another host, or with a backslash, falls back to the page the form was on")
	void foreignReturnToIsIgnored() {
		MockHttpServletRequest request = post();
		request.setParameter("returnTo", "//evil.example/x");
		request.addHeader("Referer", "http://localhost/console/accounts?page=2");
		assertThat(FormReturn.of(request)).isEqualTo("/console/accounts?page=2");
		request.setParameter("returnTo", "/\\evil.example");
		assertThat(FormReturn.of(request)).isEqualTo("/console/accounts?page=2");
	}

	@Test
	@DisplayName("a referer on another host, or unreadable, gives no way back")
	void foreignRefererGivesNothing() {
		MockHttpServletRequest request = post();
		request.addHeader("Referer", "https://evil.example/me");
		assertThat(FormReturn.of(request)).isNull();
		MockHttpServletRequest garbage = post();
		garbage.addHeader("Referer", "http://local host/ me");
		assertThat(FormReturn.of(garbage)).isNull();
	}

	private static MockHttpServletRequest post() {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/me/objections");
		request.setServerName("localhost");
		return request;
	}
}
