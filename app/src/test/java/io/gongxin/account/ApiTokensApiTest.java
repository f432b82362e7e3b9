package io.gongxin.account;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import com.jayway.jsonpath.JsonPath;
import io.gongxin.GongxinTest;
import io.gongxin.TestAccounts;
import io.gongxin.TestClock;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Issue 12, point 1: API tokens live a bounded time, are listed without their secret and revoked at once. */
@GongxinTest
class ApiTokensApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcClient jdbc;

	private static RequestPostProcessor as(String username) {
		return httpBasic(username, TestAccounts.PASSWORD);
	}

	private static RequestPostProcessor bearer(String token) {
		return request -> {
			request.addHeader("Authorization", "Bearer " + token);
			return request;
		};
	}

	private String issue(String username, RequestPostProcessor by, String body) throws Exception {
		return mvc.perform(post("/api/v1/accounts/{u}/tokens", username).with(by)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.token", startsWith("gx_")))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	@Test
	@DisplayName("R-31 a revoked token is refused at once; the account lists its tokens without their secret")
	void anAccountListsAndRevokesItsOwnTokens() throws Exception {
		String username = accounts.freshAgency("tok");
		String issued = issue(username, as(username), "{\"name\": \"batch port\", \"validDays\": 30}");
		String token = JsonPath.read(issued, "$.token");
		int id = JsonPath.read(issued, "$.id");
		mvc.perform(get("/api/v1/accounts/me").with(bearer(token))).andExpect(status().isOk());

		mvc.perform(get("/api/v1/accounts/{u}/tokens", username).with(as(username)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.tokens[0].id").value(id))
			.andExpect(jsonPath("$.tokens[0].createdAt").exists())
			.andExpect(jsonPath("$.tokens[0].expiresAt").exists())
			.andExpect(jsonPath("$.tokens[0].lastUsedAt").exists())
			.andExpect(jsonPath("$.tokens[0].token").doesNotExist())
			.andExpect(content().string(not(org.hamcrest.Matchers.containsString(token))));

		mvc.perform(delete("/api/v1/accounts/{u}/tokens/{id}", username, id).with(as(username)))
			.andExpect(status().isNoContent());
		mvc.perform(get("/api/v1/accounts/me").with(bearer(token)))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.code").value("INVALID_TOKEN"));
		mvc.perform(get("/api/v1/accounts/{u}/tokens", username).with(as(username)))
			.andExpect(jsonPath("$.tokens.length()").value(0));
		mvc.perform(delete("/api/v1/accounts/{u}/tokens/{id}", username, id).with(as(username)))
			.andExpect(status().isNoContent());
		mvc.perform(delete("/api/v1/accounts/{u}/tokens/{id}", username, 999_999_999L).with(as(username)))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("UNKNOWN_TOKEN"));
		mvc.perform(delete("/api/v1/accounts/{u}/tokens/{id}", username, "x").with(as(username)))
			.andExpect(status().isBadRequest());

		assertThat(decisions(username, "TOKEN_ISSUED")).isEqualTo(1);
		assertThat(jdbc.sql("""
				select username from query_log
				 where channel = 'DECISION' and matter = 'TOKEN_REVOKED' and items = array['ACCOUNT:' || ?]""")
			.param(username).query(String.class).list()).containsExactly(username);
	}

	@Test
	@DisplayName("R-31 the centre issues, lists and revokes an account's tokens; another account may not (403), nor anyone anonymous (401)")
	void whoMayManageTokens() throws Exception {
		String owner = accounts.freshAgency("tok");
		String other = accounts.freshAgency("tok");
		String issued = issue(owner, accounts.center(), "{\"validDays\": 7}");
		String token = JsonPath.read(issued, "$.token");
		int id = JsonPath.read(issued, "$.id");
		mvc.perform(get("/api/v1/accounts/{u}/tokens", owner).with(accounts.center()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.tokens[*].id", hasItem(id)));

		for (RequestPostProcessor stranger : new RequestPostProcessor[] { as(other), accounts.operator(),
				accounts.auditor(), accounts.provider() }) {
			mvc.perform(post("/api/v1/accounts/{u}/tokens", owner).with(stranger)
				.contentType(MediaType.APPLICATION_JSON).content("{}"))
				.andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("FORBIDDEN"));
			mvc.perform(get("/api/v1/accounts/{u}/tokens", owner).with(stranger))
				.andExpect(status().isForbidden());
			mvc.perform(delete("/api/v1/accounts/{u}/tokens/{id}", owner, id).with(stranger))
				.andExpect(status().isForbidden());
		}
		mvc.perform(post("/api/v1/accounts/{u}/tokens", owner).contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isUnauthorized()).andExpect(jsonPath("$.code").value("UNAUTHENTICATED"));
		mvc.perform(get("/api/v1/accounts/{u}/tokens", owner)).andExpect(status().isUnauthorized());
		mvc.perform(delete("/api/v1/accounts/{u}/tokens/{id}", owner, id)).andExpect(status().isUnauthorized());
		// another account cannot reach the token through its own path either
		mvc.perform(delete("/api/v1/accounts/{u}/tokens/{id}", other, id).with(as(other)))
			.andExpect(status().isNotFound()).andExpect(jsonPath("$.code").value("UNKNOWN_TOKEN"));
		mvc.perform(get("/api/v1/accounts/me").with(bearer(token))).andExpect(status().isOk());

		mvc.perform(delete("/api/v1/accounts/{u}/tokens/{id}", owner, id).with(accounts.center()))
			.andExpect(status().isNoContent());
		mvc.perform(get("/api/v1/accounts/me").with(bearer(token))).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/accounts/{u}/tokens", "nobody-" + System.nanoTime()).with(accounts.center()))
			.andExpect(status().isNotFound()).andExpect(jsonPath("$.code").value("UNKNOWN_ACCOUNT"));
		assertThat(jdbc.sql("""
				select username from query_log
				 where channel = 'DECISION' and matter = 'TOKEN_REVOKED' and items = array['ACCOUNT:' || ?]""")
			.param(owner).query(String.class).list()).containsExactly("t-center");
	}

	@Test
	@DisplayName("R-31 a token lives at most gongxin.tokens.max-valid-days (90): longer is refused TOKEN_LIFETIME_TOO_LONG, and an expired token is refused")
	void tokensLiveABoundedTime() throws Exception {
		String username = accounts.freshAgency("tok");
		mvc.perform(post("/api/v1/accounts/{u}/tokens", username).with(as(username))
			.contentType(MediaType.APPLICATION_JSON).content("{\"validDays\": 91}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("TOKEN_LIFETIME_TOO_LONG"));
		mvc.perform(post("/api/v1/accounts/{u}/tokens", username).with(accounts.center())
			.contentType(MediaType.APPLICATION_JSON).content("{\"validDays\": 3650}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("TOKEN_LIFETIME_TOO_LONG"));
		mvc.perform(post("/api/v1/accounts/{u}/tokens", username).with(as(username))
			.contentType(MediaType.APPLICATION_JSON).content("{\"validDays\": 0}"))
			.andExpect(status().isBadRequest());
		mvc.perform(post("/api/v1/accounts/{u}/tokens", username).with(as(username))
			.contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"" + "n".repeat(101) + "\"}"))
			.andExpect(status().isBadRequest());

		Instant now = clock.instant();
		String longest = issue(username, as(username), "{\"validDays\": 90}");
		assertThat(Instant.parse(JsonPath.read(longest, "$.expiresAt")))
			.isEqualTo(now.plus(90, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS));
		String byDefault = issue(username, as(username), "{}");
		assertThat(Instant.parse(JsonPath.read(byDefault, "$.expiresAt")))
			.isEqualTo(now.plus(90, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS));

		String token = JsonPath.read(longest, "$.token");
		clock.advance(Duration.ofDays(89));
		mvc.perform(get("/api/v1/accounts/me").with(bearer(token))).andExpect(status().isOk());
		clock.advance(Duration.ofDays(1).plusSeconds(1));
		mvc.perform(get("/api/v1/accounts/me").with(bearer(token)))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.code").value("INVALID_TOKEN"));
		mvc.perform(get("/api/v1/accounts/{u}/tokens", username).with(as(username)))
			.andExpect(jsonPath("$.tokens.length()").value(0));
	}

	@Test
	@DisplayName("R-31 a token's use is noted, at most once a minute (token and account are read in one statement)")
	void aTokensUseIsNotedAtMostOnceAMinute() throws Exception {
		String username = accounts.freshAgency("tok");
		String token = JsonPath.read(issue(username, as(username), "{}"), "$.token");
		assertThat(lastUsed(username)).isNull();

		mvc.perform(get("/api/v1/accounts/me").with(bearer(token)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value(username));
		Instant first = clock.instant();
		assertThat(lastUsed(username)).isEqualTo(first);

		clock.advance(Duration.ofSeconds(59));
		mvc.perform(get("/api/v1/accounts/me").with(bearer(token))).andExpect(status().isOk());
		assertThat(lastUsed(username)).isEqualTo(first);

		clock.advance(Duration.ofSeconds(2));
		mvc.perform(get("/api/v1/accounts/me").with(bearer(token))).andExpect(status().isOk());
		assertThat(lastUsed(username)).isEqualTo(first.plusSeconds(61));
	}

	private Instant lastUsed(String username) {
		return jdbc.sql("select last_used_at from api_tokens where username = ?")
			.param(username)
			.query((rs, row) -> rs.getTimestamp(1) == null ? null : rs.getTimestamp(1).toInstant())
			.list()
			.get(0);
	}

	private long decisions(String account, String decision) {
		return jdbc.sql("""
				select count(*) from query_log
				 where channel = 'DECISION' and matter = ? and items = array['ACCOUNT:' || ?]""")
			.params(decision, account).query(Long.class).single();
	}
}
