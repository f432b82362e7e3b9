package io.gongxin.platform;

import io.gongxin.GongxinTest;
import io.gongxin.TestAccounts;
import io.gongxin.query.QueryFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static io.gongxin.platform.ForwardedForIgnoredTest.lookup;
import static io.gongxin.platform.ForwardedForIgnoredTest.me;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 13: with {@code server.forward-headers-strategy=framework} (a context of its own) every request comes
 * from the proxy's address, and the limits count the client the proxy names in {@code X-Forwarded-For}: one
 * client is stopped, the next client behind the same proxy is not.
 */
@GongxinTest
@TestPropertySource(properties = "server.forward-headers-strategy=framework")
class BehindAProxyTest {

	private static final String PROXY = "10.20.30.40";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@BeforeEach
	void fixture() throws Exception {
		QueryFixture.ensure(mvc, accounts);
	}

	@Test
	@DisplayName("R-31 behind a configured proxy the lookup limit holds per real client, not per proxy")
	void lookupLimitCountsTheRealClient() throws Exception {
		for (int i = 0; i < 60; i++) {
			mvc.perform(lookup(PROXY, "203.0.113.81")).andExpect(status().isOk());
		}
		mvc.perform(lookup(PROXY, "203.0.113.81"))
			.andExpect(status().isTooManyRequests())
			.andExpect(jsonPath("$.code").value("TOO_MANY_LOOKUPS"));
		mvc.perform(lookup(PROXY, "203.0.113.82")).andExpect(status().isOk());
	}

	@Test
	@DisplayName("R-31 behind a configured proxy wrong passwords hold back the real client only")
	void loginThrottleCountsTheRealClient() throws Exception {
		for (int i = 0; i < 6; i++) {
			mvc.perform(me(PROXY, "203.0.113.91", "guess-" + i));
		}
		mvc.perform(me(PROXY, "203.0.113.91", "tax-demo"))
			.andExpect(status().isTooManyRequests())
			.andExpect(jsonPath("$.code").value("LOGIN_THROTTLED"));
		mvc.perform(me(PROXY, "203.0.113.92", "tax-demo")).andExpect(status().isOk());
	}
}
