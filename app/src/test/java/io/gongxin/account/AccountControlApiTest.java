package io.gongxin.account;

import io.gongxin.PageSession;

import com.jayway.jsonpath.JsonPath;
import io.gongxin.GongxinTest;
import io.gongxin.TestAccounts;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 12, point 1: the centre withdraws an account (R-20b: an agency's batch port among them) and a password
 * change takes back what the old password gave; page sessions see both at once.
 */
@GongxinTest
class AccountControlApiTest {

	/** The agency's batch port: an unknown batch answers 404 to an admitted agency, 401 to a refused one. */
	private static final String PORT = "/api/v1/batch-queries/00000000-0000-0000-0000-000000000000";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	private static RequestPostProcessor bearer(String token) {
		return request -> {
			request.addHeader("Authorization", "Bearer " + token);
			return request;
		};
	}

	private String token(String username) throws Exception {
		return JsonPath.read(mvc.perform(post("/api/v1/accounts/{u}/tokens", username)
			.with(httpBasic(username, TestAccounts.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"validDays\": 30}")).andExpect(status().isCreated()).andReturn().getResponse()
			.getContentAsString(), "$.token");
	}

	private PageSession login(String username, String password) throws Exception {
		return PageSession.login(mvc, username, password, redirectedUrl("/workspace"));
	}

	private static String reason(String text) {
		return "{\"reason\": \"" + text + "\"}";
	}

	@Test
	@DisplayName("R-20b the centre disables an agency: its password, its token (the batch port) and its open page session are refused at once; enabling restores password and token")
	void theCentreWithdrawsAndRestoresAnAccount() throws Exception {
		String agency = accounts.freshAgency("ctl");
		String token = token(agency);
		PageSession session = login(agency, TestAccounts.PASSWORD);
		mvc.perform(get("/account").with(session)).andExpect(status().isOk());
		mvc.perform(get(PORT).with(bearer(token))).andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("UNKNOWN_BATCH_QUERY"));

		mvc.perform(post("/api/v1/accounts/{u}/disable", agency).with(accounts.center())
			.contentType(MediaType.APPLICATION_JSON).content(reason("超出授权范围批量查询")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value(agency))
			.andExpect(jsonPath("$.enabled").value(false));

		mvc.perform(get("/api/v1/accounts/me").with(httpBasic(agency, TestAccounts.PASSWORD)))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.code").value("ACCOUNT_DISABLED"));
		// only whoever knows the password learns that the account is disabled
		mvc.perform(get("/api/v1/accounts/me").with(httpBasic(agency, "wrong-password")))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.code").value("BAD_CREDENTIALS"));
		mvc.perform(get(PORT).with(bearer(token)))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.code").value("INVALID_TOKEN"));
		mvc.perform(get("/account").with(session)).andExpect(redirectedUrl("/login"));
		mvc.perform(formLogin().user(agency).password(TestAccounts.PASSWORD)).andExpect(redirectedUrl("/login?disabled"));

		mvc.perform(post("/api/v1/accounts/{u}/enable", agency).with(accounts.center())
			.contentType(MediaType.APPLICATION_JSON).content(reason("整改完成")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.enabled").value(true));
		mvc.perform(get("/api/v1/accounts/me").with(httpBasic(agency, TestAccounts.PASSWORD))).andExpect(status().isOk());
		mvc.perform(get(PORT).with(bearer(token))).andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("UNKNOWN_BATCH_QUERY"));
		PageSession again = login(agency, TestAccounts.PASSWORD);
		mvc.perform(get("/account").with(again)).andExpect(status().isOk());

		assertThat(jdbc.sql("""
				select matter || ' by ' || username || ': ' || purpose from query_log
				 where channel = 'DECISION' and items = array['ACCOUNT:' || ?] order by id""")
			.param(agency).query(String.class).list())
			.containsSubsequence("ACCOUNT_DISABLED by t-center: 超出授权范围批量查询", "ACCOUNT_ENABLED by t-center: 整改完成");
	}

	@Test
	@DisplayName("R-26 only the centre administrator disables or enables an account, with a bounded reason")
	void onlyTheCentreDisables() throws Exception {
		String agency = accounts.freshAgency("ctl");
		for (String action : new String[] { "disable", "enable" }) {
			mvc.perform(post("/api/v1/accounts/{u}/" + action, agency)
				.contentType(MediaType.APPLICATION_JSON).content(reason("x")))
				.andExpect(status().isUnauthorized());
			for (RequestPostProcessor caller : new RequestPostProcessor[] { accounts.operator(), accounts.auditor(),
					accounts.provider(), accounts.agency(), httpBasic(agency, TestAccounts.PASSWORD) }) {
				mvc.perform(post("/api/v1/accounts/{u}/" + action, agency).with(caller)
					.contentType(MediaType.APPLICATION_JSON).content(reason("x")))
					.andExpect(status().isForbidden())
					.andExpect(jsonPath("$.code").value("FORBIDDEN"));
			}
		}
		mvc.perform(post("/api/v1/accounts/{u}/disable", agency).with(accounts.center())
			.contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		mvc.perform(post("/api/v1/accounts/{u}/disable", agency).with(accounts.center())
			.contentType(MediaType.APPLICATION_JSON).content(reason("长".repeat(2001))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		mvc.perform(post("/api/v1/accounts/{u}/disable", "nobody-" + System.nanoTime()).with(accounts.center())
			.contentType(MediaType.APPLICATION_JSON).content(reason("x")))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("UNKNOWN_ACCOUNT"));
		mvc.perform(post("/api/v1/accounts/{u}/disable", "T-CENTER").with(accounts.center())
			.contentType(MediaType.APPLICATION_JSON).content(reason("x")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("CANNOT_DISABLE_SELF"));
		mvc.perform(get("/api/v1/accounts/me").with(httpBasic(agency, TestAccounts.PASSWORD))).andExpect(status().isOk());
	}

	@Test
	@DisplayName("R-31 a password change revokes the account's tokens and ends its other page sessions; the session that made it goes on")
	void aPasswordChangeTakesBackWhatTheOldPasswordGave() throws Exception {
		String agency = accounts.freshAgency("ctl");
		String token = token(agency);
		PageSession mine = login(agency, TestAccounts.PASSWORD);
		PageSession stolen = login(agency, TestAccounts.PASSWORD);
		mvc.perform(get("/account").with(stolen)).andExpect(status().isOk());

		// the session that made the change carries on under a new session id, which the browser is sent
		mine = mine.after(mvc.perform(post("/account/password").with(mine).with(csrf())
			.param("currentPassword", TestAccounts.PASSWORD)
			.param("newPassword", "a-new-password-2")
			.param("repeatPassword", "a-new-password-2"))
			.andExpect(redirectedUrl("/account"))
			.andReturn());

		mvc.perform(get("/account").with(mine)).andExpect(status().isOk());
		mvc.perform(get("/account").with(stolen)).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/api/v1/accounts/me").with(bearer(token)))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.code").value("INVALID_TOKEN"));
		mvc.perform(get("/api/v1/accounts/{u}/tokens", agency).with(httpBasic(agency, "a-new-password-2")))
			.andExpect(jsonPath("$.tokens.length()").value(0));
		assertThat(jdbc.sql("""
				select purpose from query_log
				 where channel = 'DECISION' and matter = 'PASSWORD_CHANGED' and items = array['ACCOUNT:' || ?]""")
			.param(agency).query(String.class).list()).singleElement().asString().startsWith("1 API tokens revoked");
	}

	@Test
	@DisplayName("R-31 a password changed over the API ends every page session of the account and revokes its tokens")
	void aPasswordChangedOverTheApiEndsEverySession() throws Exception {
		String agency = accounts.freshAgency("ctl");
		String token = token(agency);
		PageSession session = login(agency, TestAccounts.PASSWORD);
		mvc.perform(post("/api/v1/accounts/me/password").with(httpBasic(agency, TestAccounts.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"currentPassword\": \"" + TestAccounts.PASSWORD + "\", \"newPassword\": \"a-new-password-3\"}"))
			.andExpect(status().isNoContent());
		mvc.perform(get("/account").with(session)).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/api/v1/accounts/me").with(bearer(token))).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/accounts/me").with(httpBasic(agency, TestAccounts.PASSWORD)))
			.andExpect(status().isUnauthorized());
	}

	@Test
	@DisplayName("R-31 on /account an account issues its own token (shown once), sees it listed and revokes it from the page")
	void tokensFromTheAccountPage() throws Exception {
		String agency = accounts.freshAgency("ctl");
		PageSession session = login(agency, TestAccounts.PASSWORD);
		String token = (String) mvc.perform(post("/account/tokens").with(session).with(csrf())
			.param("name", "批量查询接口").param("validDays", "30"))
			.andExpect(redirectedUrl("/account#tokens"))
			.andReturn().getFlashMap().get("issuedToken");
		assertThat(token).startsWith("gx_");
		mvc.perform(get("/api/v1/accounts/me").with(bearer(token))).andExpect(status().isOk());
		// shown on the page that follows the issue, and never again
		assertThat(mvc.perform(get("/account").with(session)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString()).contains(token);
		assertThat(mvc.perform(get("/account").with(session)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString()).contains("批量查询接口").doesNotContain(token);
		mvc.perform(post("/account/tokens").with(session).with(csrf()).param("validDays", "365"))
			.andExpect(status().isBadRequest());
		long id = jdbc.sql("select id from api_tokens where username = ?").param(agency).query(Long.class).single();
		mvc.perform(post("/account/tokens/{id}/revoke", id).with(login(accounts.freshAgency("ctl"), TestAccounts.PASSWORD)).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/accounts/me").with(bearer(token))).andExpect(status().isOk());
		mvc.perform(post("/account/tokens/{id}/revoke", id).with(session).with(csrf()))
			.andExpect(redirectedUrl("/account#tokens"));
		mvc.perform(get("/api/v1/accounts/me").with(bearer(token))).andExpect(status().isUnauthorized());
	}

	@Test
	@DisplayName("R-20b the centre disables and enables an account from the console accounts page; an auditor may not")
	void disableFromTheConsole() throws Exception {
		String agency = accounts.freshAgency("ctl");
		PageSession center = login("t-center", TestAccounts.PASSWORD);
		mvc.perform(get("/console/accounts").with(center)).andExpect(status().isOk());
		mvc.perform(post("/console/accounts/{u}/disable", agency).with(login("t-auditor", TestAccounts.PASSWORD))
			.with(csrf()).param("reason", "x"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/console/accounts/{u}/disable", agency).with(center).with(csrf()).param("reason", "合同终止"))
			.andExpect(redirectedUrl("/console/accounts"));
		mvc.perform(get("/api/v1/accounts/me").with(httpBasic(agency, TestAccounts.PASSWORD)))
			.andExpect(jsonPath("$.code").value("ACCOUNT_DISABLED"));
		mvc.perform(post("/console/accounts/{u}/enable", agency).with(center).with(csrf()).param("reason", "续签"))
			.andExpect(redirectedUrl("/console/accounts"));
		mvc.perform(get("/api/v1/accounts/me").with(httpBasic(agency, TestAccounts.PASSWORD))).andExpect(status().isOk());
	}
}
