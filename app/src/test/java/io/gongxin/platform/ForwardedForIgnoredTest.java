package io.gongxin.platform;

import io.gongxin.GongxinTest;
import io.gongxin.TestAccounts;
import io.gongxin.query.QueryFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 13: without {@code server.forward-headers-strategy} (the default) an {@code X-Forwarded-For} header is
 * nobody's word: the client counted is the connection's address, so forging the header does not dodge a limit.
 */
@GongxinTest
class ForwardedForIgnoredTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@BeforeEach
	void fixture() throws Exception {
		QueryFixture.ensure(mvc, accounts);
	}

	@Test
	@DisplayName("R-31 a client forging a new X-Forwarded-For on every lookup is still one client: the 61st lookup is 429")
	void forgedForwardedForDoesNotDodgeTheLookupLimit() throws Exception {
		for (int i = 0; i < 60; i++) {
			mvc.perform(lookup("198.51.100.71", "203.0.113." + i)).andExpect(status().isOk());
		}
		mvc.perform(lookup("198.51.100.71", "203.0.113.200"))
			.andExpect(status().isTooManyRequests())
			.andExpect(jsonPath("$.code").value("TOO_MANY_LOOKUPS"));
	}

	@Test
	@DisplayName("R-31 wrong passwords under ever new forged X-Forwarded-For are counted against the one real client")
	void forgedForwardedForDoesNotDodgeTheLoginThrottle() throws Exception {
		for (int i = 0; i < 6; i++) {
			mvc.perform(me("198.51.100.72", "198.18.0." + i, "guess-" + i));
		}
		mvc.perform(me("198.51.100.72", "198.18.0.99", "tax-demo"))
			.andExpect(status().isTooManyRequests())
			.andExpect(jsonPath("$.code").value("LOGIN_THROTTLED"));
	}

	static MockHttpServletRequestBuilder lookup(String connection, String forwardedFor) {
		return get("/api/v1/subjects/{id}/profile", QueryFixture.COMPANY).header("X-Forwarded-For", forwardedFor)
			.with(request -> {
				request.setRemoteAddr(connection);
				return request;
			});
	}

	static MockHttpServletRequestBuilder me(String connection, String forwardedFor, String password) {
		return get("/api/v1/accounts/me").header("X-Forwarded-For", forwardedFor).with(request -> {
			request.setRemoteAddr(connection);
			return request;
		}).with(httpBasic("tax", password));
	}
}
