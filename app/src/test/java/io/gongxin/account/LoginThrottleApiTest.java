package io.gongxin.account;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import com.jayway.jsonpath.JsonPath;
import io.gongxin.GongxinTest;
import io.gongxin.TestAccounts;
import io.gongxin.TestClock;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 12, point 2: failed passwords are no weapon. They hold back the failing client for that user name, with a
 * growing wait, and never the account, its other clients or its API tokens; unknown user names get the same
 * answers as wrong passwords.
 */
@GongxinTest
class LoginThrottleApiTest {

	private static final AtomicInteger CLIENTS = new AtomicInteger();

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestClock clock;

	/** A client address of its own per call, so that no other test's client is held back. */
	private static String newClient() {
		return "198.51." + (System.nanoTime() % 200) + "." + (CLIENTS.incrementAndGet() % 250 + 1);
	}

	private static RequestPostProcessor from(String client) {
		return request -> {
			request.setRemoteAddr(client);
			return request;
		};
	}

	private ResultActions me(String client, String username, String password) throws Exception {
		return mvc.perform(get("/api/v1/accounts/me").with(from(client)).with(httpBasic(username, password)));
	}

	@Test
	@DisplayName("R-31 five and more wrong passwords for tax from anyone leave its API token and its other clients working")
	void wrongPasswordsNeverStopTheDepartmentsIntegration() throws Exception {
		String issued = mvc.perform(post("/api/v1/accounts/tax/tokens").with(accounts.center())
			.contentType(MediaType.APPLICATION_JSON).content("{\"validDays\": 1}"))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		String token = JsonPath.read(issued, "$.token");
		String attacker = newClient();
		for (int i = 0; i < 8; i++) {
			me(attacker, "tax", "guess-" + i);
		}
		me(attacker, "tax", "tax-demo").andExpect(status().isTooManyRequests())
			.andExpect(jsonPath("$.code").value("LOGIN_THROTTLED"));
		mvc.perform(get("/api/v1/accounts/me").with(from(attacker)).header("Authorization", "Bearer " + token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value("tax"));
		me(newClient(), "tax", "tax-demo").andExpect(status().isOk());
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.delete("/api/v1/accounts/tax/tokens/{id}", (int) JsonPath.read(issued, "$.id")).with(accounts.center()))
			.andExpect(status().isNoContent());
	}

	@Test
	@DisplayName("R-31 failed logins hold back only the failing client for that user name, with a growing wait; a right password from another client goes through")
	void theFailingClientWaitsLongerAndLonger() throws Exception {
		String username = accounts.freshAccount("thr", Role.AUDITOR, "T_AUDIT");
		String client = newClient();
		for (int i = 1; i <= 5; i++) {
			me(client, username, "wrong-" + i).andExpect(status().isUnauthorized())
				.andExpect(jsonPath("$.code").value("BAD_CREDENTIALS"));
		}
		me(client, username, TestAccounts.PASSWORD).andExpect(status().isTooManyRequests())
			.andExpect(header().string("Retry-After", "60"))
			.andExpect(jsonPath("$.code").value("LOGIN_THROTTLED"));
		me(newClient(), username, TestAccounts.PASSWORD).andExpect(status().isOk());
		mvc.perform(post("/login").with(csrf()).with(from(client))
			.param("username", username).param("password", TestAccounts.PASSWORD))
			.andExpect(redirectedUrl("/login?throttled"));

		clock.advance(Duration.ofSeconds(61));
		me(client, username, "wrong-6").andExpect(status().isUnauthorized());
		me(client, username, TestAccounts.PASSWORD).andExpect(status().isTooManyRequests())
			.andExpect(header().string("Retry-After", "120"));
		clock.advance(Duration.ofSeconds(61));
		me(client, username, TestAccounts.PASSWORD).andExpect(status().isTooManyRequests());
		clock.advance(Duration.ofSeconds(60));
		me(client, username, TestAccounts.PASSWORD).andExpect(status().isOk());
		// a right password starts the count again
		me(client, username, "wrong-7").andExpect(status().isUnauthorized());
		me(client, username, TestAccounts.PASSWORD).andExpect(status().isOk());
	}

	@Test
	@DisplayName("R-31 the wait never grows beyond gongxin.logins.max-delay (30 minutes)")
	void theWaitIsCapped() throws Exception {
		String username = accounts.freshAccount("thr", Role.AUDITOR, "T_AUDIT");
		String client = newClient();
		for (int i = 1; i <= 12; i++) {
			me(client, username, "wrong-" + i).andExpect(status().isUnauthorized());
			clock.advance(Duration.ofMinutes(31));
		}
		me(client, username, "wrong-13");
		me(client, username, TestAccounts.PASSWORD).andExpect(header().string("Retry-After", "1800"));
	}

	@Test
	@DisplayName("R-31 an unknown user name is answered exactly like a wrong password: same status, code, body, and a password check all the same")
	void unknownUsersAreAnsweredLikeWrongPasswords() throws Exception {
		String known = accounts.freshAccount("thr", Role.AUDITOR, "T_AUDIT");
		String unknown = "ghost" + System.nanoTime();
		String clientA = newClient();
		String clientB = newClient();
		for (int i = 1; i <= 6; i++) {
			MockHttpServletResponse wrong = me(clientA, known, "wrong-" + i).andReturn().getResponse();
			MockHttpServletResponse ghost = me(clientB, unknown, "wrong-" + i).andReturn().getResponse();
			assertThat(ghost.getStatus()).isEqualTo(wrong.getStatus());
			// the same problem, but for the id of its own request (issue 13)
			assertThat(withoutRequestId(ghost.getContentAsString())).isEqualTo(withoutRequestId(wrong.getContentAsString()));
			assertThat(ghost.getHeaderNames()).containsExactlyInAnyOrderElementsOf(wrong.getHeaderNames());
			assertThat(ghost.getHeader("Retry-After")).isEqualTo(wrong.getHeader("Retry-After"));
		}
		assertThat(me(clientB, unknown, "x").andReturn().getResponse().getStatus()).isEqualTo(429);

		// the same timing class: an unknown name costs a password check too (BCrypt, not a quick miss)
		long knownNanos = Long.MAX_VALUE;
		long unknownNanos = Long.MAX_VALUE;
		for (int i = 0; i < 3; i++) {
			long start = System.nanoTime();
			me(newClient(), known, "wrong").andExpect(status().isUnauthorized());
			knownNanos = Math.min(knownNanos, System.nanoTime() - start);
			start = System.nanoTime();
			me(newClient(), unknown, "wrong").andExpect(status().isUnauthorized());
			unknownNanos = Math.min(unknownNanos, System.nanoTime() - start);
		}
		assertThat(unknownNanos).isGreaterThan(knownNanos / 4);
	}

	@Test
	@DisplayName("R-26 only the centre administrator lifts every client's wait for an account")
	void theCentreLiftsTheWait() throws Exception {
		String username = accounts.freshAccount("thr", Role.AUDITOR, "T_AUDIT");
		String client = newClient();
		for (int i = 0; i < 5; i++) {
			me(client, username, "wrong");
		}
		me(client, username, TestAccounts.PASSWORD).andExpect(status().isTooManyRequests());
		mvc.perform(post("/api/v1/accounts/{u}/unlock", username)).andExpect(status().isUnauthorized());
		mvc.perform(post("/api/v1/accounts/{u}/unlock", username).with(accounts.auditor()))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/accounts/{u}/unlock", username).with(httpBasic(username, TestAccounts.PASSWORD)))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/accounts/{u}/unlock", username).with(accounts.center())).andExpect(status().isOk());
		me(client, username, TestAccounts.PASSWORD).andExpect(status().isOk());
		mvc.perform(post("/api/v1/accounts/{u}/unlock", "nobody-" + System.nanoTime()).with(accounts.center()))
			.andExpect(status().isNotFound());
	}

	@Test
	@DisplayName("R-31 a wrong current password in a password change counts against the client like a failed login")
	void wrongCurrentPasswordsAreThrottledToo() throws Exception {
		String username = accounts.freshAccount("thr", Role.AUDITOR, "T_AUDIT");
		String client = newClient();
		String change = "{\"currentPassword\": \"wrong\", \"newPassword\": \"another-password-9\"}";
		for (int i = 0; i < 5; i++) {
			mvc.perform(post("/api/v1/accounts/me/password").with(from(client))
				.with(httpBasic(username, TestAccounts.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON).content(change))
				.andExpect(jsonPath("$.code").value("CURRENT_PASSWORD_WRONG"));
		}
		mvc.perform(post("/api/v1/accounts/me/password").with(from(client)).with(httpBasic(username, TestAccounts.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"currentPassword\": \"" + TestAccounts.PASSWORD + "\", \"newPassword\": \"another-password-9\"}"))
			.andExpect(status().isTooManyRequests())
			.andExpect(jsonPath("$.code").value("LOGIN_THROTTLED"));
	}

	private static String withoutRequestId(String problem) {
		return problem.replaceAll("\"requestId\":\"[^\"]*\"", "\"requestId\":\"\"");
	}
}
