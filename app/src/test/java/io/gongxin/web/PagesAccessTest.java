package io.gongxin.web;

import io.gongxin.PageSession;

import java.util.List;
import java.util.Map;

import io.gongxin.GongxinTest;
import io.gongxin.TestAccounts;
import io.gongxin.query.QueryFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Who may open which page and who may not; problems on pages are pages, not JSON. */
@GongxinTest
class PagesAccessTest {

	private static final List<String> WORKSPACES = List.of("/me", "/provider", "/querier", "/agency", "/console",
			"/console/objections", "/console/accounts", "/console/audit", "/console/catalog", "/console/lists",
			"/console/calendar");

	/** Each account and the workspaces it may open; every other one answers 403. */
	private static final Map<String, List<String>> ALLOWED = Map.of(
			"t-tax", List.of("/provider"),
			"t-procurement", List.of("/querier"),
			"t-agency", List.of("/agency"),
			"t-center", List.of("/console", "/console/objections", "/console/accounts", "/console/audit",
					"/console/catalog", "/console/lists", "/console/calendar"),
			"t-operator", List.of("/console", "/console/objections", "/console/catalog", "/console/lists",
					"/console/calendar"),
			"t-auditor", List.of("/console", "/console/audit", "/console/catalog", "/console/lists", "/console/calendar"));

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@BeforeEach
	void fixture() throws Exception {
		QueryFixture.ensure(mvc, accounts);
	}

	private PageSession login(String username, String password) throws Exception {
		return PageSession.login(mvc, username, password, status().is3xxRedirection());
	}

	@Test
	@DisplayName("the portal is open to anyone; workspaces send an anonymous reader to the login page")
	void anonymousReaders() throws Exception {
		for (String open : List.of("/", "/portal/lists", "/portal/catalog", "/portal/verify", "/login",
				"/portal/subjects/" + QueryFixture.COMPANY)) {
			mvc.perform(get(open)).andExpect(status().isOk()).andExpect(content().contentTypeCompatibleWith("text/html"));
		}
		for (String closed : WORKSPACES) {
			mvc.perform(get(closed)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
		}
	}

	@Test
	@DisplayName("each role opens its own workspaces and is refused every other one")
	void rolesOpenOnlyTheirWorkspaces() throws Exception {
		for (Map.Entry<String, List<String>> account : ALLOWED.entrySet()) {
			PageSession session = login(account.getKey(), TestAccounts.PASSWORD);
			for (String page : WORKSPACES) {
				int expected = account.getValue().contains(page) ? 200 : 403;
				int actual = mvc.perform(get(page).with(session)).andReturn().getResponse().getStatus();
				assertThat(actual).as("%s on %s", account.getKey(), page).isEqualTo(expected);
			}
		}
		PageSession person = login(QueryFixture.PERSON_ACCOUNT, "person-password");
		for (String page : List.of("/me", "/me/objections", "/me/repairs", "/me/queries", "/reports/mine")) {
			mvc.perform(get(page).with(person)).andExpect(status().isOk());
		}
		for (String page : List.of("/provider", "/querier", "/agency", "/console")) {
			mvc.perform(get(page).with(person)).andExpect(status().isForbidden());
		}
	}

	@Test
	@DisplayName("every signed-in account reaches its own account page; two different new passwords come back as a message")
	void ownAccountPage() throws Exception {
		mvc.perform(get("/account")).andExpect(redirectedUrl("/login"));
		for (String username : ALLOWED.keySet()) {
			mvc.perform(get("/account").with(login(username, TestAccounts.PASSWORD))).andExpect(status().isOk())
				.andExpect(content().string(org.hamcrest.Matchers.containsString(username)));
		}
		PageSession tax = login("t-tax", TestAccounts.PASSWORD);
		mvc.perform(post("/account/password").with(tax).with(csrf()).header("Referer", "http://localhost/account")
			.param("currentPassword", TestAccounts.PASSWORD).param("newPassword", "new-password-1")
			.param("repeatPassword", "new-password-2"))
			.andExpect(redirectedUrl("/account"))
			.andExpect(flash().attributeExists("problem"));
	}

	@Test
	@DisplayName("every page action refuses the roles it is not for")
	void pageActionsRefuseOtherRoles() throws Exception {
		String[][] refused = {
				{ "t-tax", "/me/objections" }, { "t-tax", "/me/deletion-requests" }, { "t-tax", "/me/repairs" },
				{ "t-center", "/me/authorizations" }, { "t-agency", "/me/objections/1/attachments" },
				{ "t-procurement", "/provider/batches" }, { "t-center", "/provider/records/1/revocation" },
				{ "t-agency", "/provider/objections/1/verification" }, { "t-center", "/provider/repairs/1/decision" },
				{ "t-tax", "/querier/profile" }, { "t-agency", "/querier/measure-check" },
				{ "t-tax", "/agency/batch-queries" }, { "t-tax", "/console/objections/1/comparison" },
				{ "t-auditor", "/console/accounts" }, { "t-operator", "/console/accounts" },
				{ "t-operator", "/console/lists/RED/entries" }, { "t-auditor", "/console/catalog/versions/x/publication" },
				{ "t-tax", "/console/audit/queries" }, { "t-procurement", "/console/audit/verification" } };
		Map<String, PageSession> sessions = new java.util.HashMap<>();
		for (String[] action : refused) {
			PageSession session = sessions.computeIfAbsent(action[0], username -> {
				try {
					return login(username, TestAccounts.PASSWORD);
				}
				catch (Exception ex) {
					throw new IllegalStateException(ex);
				}
			});
			// every parameter any of these forms takes, so that only the role can be the reason for a refusal
			var request = action[1].endsWith("/attachments") || action[1].equals("/provider/batches")
					? org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(action[1])
						.file(new org.springframework.mock.web.MockMultipartFile("file", "a.pdf", "application/pdf", new byte[] { 1 }))
					: post(action[1]);
			String[][] params = { { "recordId", "1" }, { "reason", "ERROR_OR_OMISSION" }, { "statement", "x" },
					{ "upheld", "true" }, { "explanation", "x" }, { "approved", "true" }, { "matchesProvider", "true" },
					{ "subjectId", QueryFixture.COMPANY }, { "matter", "GOV_PROCUREMENT" }, { "purpose", "x" },
					{ "grantee", "T_AGENCY" }, { "validUntil", "2030-01-01" }, { "decidedOn", "2026-01-01" }, { "basis", "x" },
					{ "subjects", QueryFixture.COMPANY }, { "username", "nobody1" }, { "password", "Long-enough-2026" },
					{ "role", "PROVIDER" }, { "organisation", "T_TAX" }, { "item", "ADMIN_PENALTY" } };
			for (String[] param : params) {
				request.param(param[0], param[1]);
			}
			int status = mvc.perform(request.with(session).with(csrf())).andReturn().getResponse().getStatus();
			assertThat(status).as("%s posting %s", action[0], action[1]).isEqualTo(403);
		}
	}

	@Test
	@DisplayName("a report asked from the pages for a bad identifier is an error page, not a 500")
	void badReportRequestsOnPages() throws Exception {
		mvc.perform(get("/reports/subject").param("id", "not-an-id"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("text/html"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("INVALID_IDENTIFIER")));
		mvc.perform(get("/reports/mine").with(login("t-tax", TestAccounts.PASSWORD))).andExpect(status().isForbidden());
	}

	@Test
	@DisplayName("a login lands in the account's workspace")
	void loginLandsInTheWorkspace() throws Exception {
		mvc.perform(get("/workspace").with(login("t-tax", TestAccounts.PASSWORD))).andExpect(redirectedUrl("/provider"));
		mvc.perform(get("/workspace").with(login("t-auditor", TestAccounts.PASSWORD))).andExpect(redirectedUrl("/console"));
		mvc.perform(get("/workspace").with(login(QueryFixture.PERSON_ACCOUNT, "person-password")))
			.andExpect(redirectedUrl("/me"));
	}

	@Test
	@DisplayName("problems on pages are pages in Chinese with their code, and a failed form goes back with the reason")
	void problemsArePages() throws Exception {
		String page = mvc.perform(get("/portal/subjects/{id}", "91310000132200821X"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("text/html"))
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("INVALID_IDENTIFIER", "请求有误").doesNotContain("Exception", "at io.gongxin");

		PageSession person = login(QueryFixture.PERSON_ACCOUNT, "person-password");
		mvc.perform(post("/me/objections").with(person).with(csrf()).header("Referer", "http://localhost/me")
			.param("recordId", "999999999").param("reason", "ERROR_OR_OMISSION").param("statement", "不对"))
			.andExpect(redirectedUrl("/me"))
			.andExpect(flash().attributeExists("problem"));
		mvc.perform(post("/me/objections").with(person).header("Referer", "http://localhost/me")
			.param("recordId", "1").param("reason", "ERROR_OR_OMISSION").param("statement", "不对"))
			.andExpect(status().isForbidden());
	}

	@Test
	@DisplayName("an unknown API path keeps answering a problem document even to a client that also takes HTML")
	void apiKeepsItsProblems() throws Exception {
		mvc.perform(get("/api/v1/no-such-endpoint").with(accounts.tax()).header("Accept", "text/html,application/json"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
	}

	@Test
	@DisplayName("a form with bad values goes back with the reason, as the API would refuse them; never a 500")
	void badFormValuesComeBackAsMessages() throws Exception {
		PageSession person = login(QueryFixture.PERSON_ACCOUNT, "person-password");
		mvc.perform(post("/me/objections").with(person).with(csrf()).header("Referer", "http://localhost/me")
			.param("recordId", "1").param("reason", "BORED").param("statement", "不对"))
			.andExpect(redirectedUrl("/me"))
			.andExpect(flash().attributeExists("problem"));
		mvc.perform(post("/me/authorizations").with(person).with(csrf()).header("Referer", "http://localhost/me")
			.param("grantee", "T_AGENCY").param("purpose", "x".repeat(501)).param("validUntil", "2030-01-01"))
			.andExpect(redirectedUrl("/me"))
			.andExpect(flash().attributeExists("problem"));
		PageSession center = login("t-center", TestAccounts.PASSWORD);
		mvc.perform(post("/console/accounts").with(center).with(csrf()).header("Referer", "http://localhost/console/accounts")
			.param("username", "bad name!").param("password", "Long-enough-2026").param("role", "PROVIDER")
			.param("organisation", "T_TAX"))
			.andExpect(redirectedUrl("/console/accounts"))
			.andExpect(flash().attributeExists("problem"));
		PageSession querier = login("t-procurement", TestAccounts.PASSWORD);
		mvc.perform(get("/querier/profile").with(querier)).andExpect(redirectedUrl("/querier"));
	}

	@Test
	@DisplayName("a person's id number typed into the portal search never goes into a URL; an organisation's code does")
	void personNumbersStayOutOfUrls() throws Exception {
		mvc.perform(post("/portal/search").with(csrf()).param("q", QueryFixture.PERSON))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("3201**********0026")));
		mvc.perform(post("/portal/search").with(csrf()).param("q", QueryFixture.COMPANY))
			.andExpect(redirectedUrl("/portal/subjects/" + QueryFixture.COMPANY));
	}

	@Test
	@DisplayName("a provider cannot read another provider's batch or its error report")
	void errorReportsStayWithTheirProvider() throws Exception {
		PageSession tax = login("t-tax", TestAccounts.PASSWORD);
		mvc.perform(get("/provider/batches/{id}/errors.xlsx", java.util.UUID.randomUUID()).with(tax))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith("text/html"));
	}

	@Test
	@DisplayName("pages are Chinese whatever the browser prefers, English by the switch")
	void chineseByDefault() throws Exception {
		String zh = mvc.perform(get("/").header("Accept-Language", "en-US")).andReturn().getResponse().getContentAsString();
		assertThat(zh).contains("诚信门户", "lang=\"zh\"");
		String en = mvc.perform(get("/").param("lang", "en")).andReturn().getResponse().getContentAsString();
		assertThat(en).contains("Credit portal", "lang=\"en\"");
	}
}
