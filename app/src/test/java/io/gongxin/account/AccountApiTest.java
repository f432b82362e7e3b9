package io.gongxin.account;

import java.time.Duration;

import io.gongxin.GongxinTest;
import io.gongxin.TestAccounts;
import io.gongxin.TestClock;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@GongxinTest
class AccountApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Accounts service;

	@Autowired
	TestClock clock;

	private static String account(String username, String role, String organisation) {
		return """
				{"username": "%s", "password": "a-long-password", "role": "%s", "organisation": "%s"}"""
			.formatted(username, role, organisation);
	}

	@Test
	void centreAdministratorOpensAccounts() throws Exception {
		mvc.perform(post("/api/v1/accounts").with(accounts.center())
			.contentType(MediaType.APPLICATION_JSON)
			.content(account("new-querier", "GOV_QUERIER", "T_PROC")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.username").value("new-querier"))
			.andExpect(jsonPath("$.role").value("GOV_QUERIER"))
			.andExpect(jsonPath("$.organisation").value("T_PROC"));
		mvc.perform(get("/api/v1/accounts/me").with(httpBasic("new-querier", "a-long-password")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.role").value("GOV_QUERIER"));
	}

	@Test
	void userNamesKeepTheirCaseButAreUniqueAndMatchedRegardlessOfIt() throws Exception {
		mvc.perform(post("/api/v1/accounts").with(accounts.center())
			.contentType(MediaType.APPLICATION_JSON)
			.content(account("Wang.Wei", "AUDITOR", "T_AUDIT")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.username").value("Wang.Wei"));
		mvc.perform(get("/api/v1/accounts/me").with(httpBasic("wang.wei", "a-long-password")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value("Wang.Wei"));
		mvc.perform(post("/api/v1/accounts").with(accounts.center())
			.contentType(MediaType.APPLICATION_JSON)
			.content(account("WANG.WEI", "AUDITOR", "T_AUDIT")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("USERNAME_TAKEN"));
	}

	@Test
	@DisplayName("R-26 staff are limited by role: only the centre administrator opens accounts")
	void nobodyElseMayOpenAccounts() throws Exception {
		String body = account("intruder", "CENTER_ADMIN", "T_CENTER");
		mvc.perform(post("/api/v1/accounts").contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.code").value("UNAUTHENTICATED"));
		for (var caller : new org.springframework.test.web.servlet.request.RequestPostProcessor[] { accounts.operator(),
				accounts.provider(), accounts.querier(), accounts.agency(), accounts.auditor() }) {
			mvc.perform(post("/api/v1/accounts").with(caller).contentType(MediaType.APPLICATION_JSON).content(body))
				.andExpect(status().isForbidden())
				.andExpect(jsonPath("$.code").value("FORBIDDEN"));
		}
		mvc.perform(post("/api/v1/accounts").with(httpBasic("t-center", "wrong-password"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)).andExpect(status().isUnauthorized()).andExpect(jsonPath("$.code").value("BAD_CREDENTIALS"));
	}

	@Test
	void aSubjectAccountIsBoundToItsSubjectShownMasked() throws Exception {
		mvc.perform(post("/api/v1/accounts").with(accounts.center()).contentType(MediaType.APPLICATION_JSON).content("""
				{"username": "zhang-san", "password": "a-long-password", "role": "SUBJECT", "subjectId": "110101199003074258"}"""))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.subject.type").value("NATURAL_PERSON"))
			.andExpect(jsonPath("$.subject.id").value("1101**********4258"));
		mvc.perform(get("/api/v1/accounts/me").with(httpBasic("zhang-san", "a-long-password")))
			.andExpect(jsonPath("$.role").value("SUBJECT"))
			.andExpect(jsonPath("$.subject.id").value("1101**********4258"));
	}

	@Test
	void badAccountRequestsAreProblems() throws Exception {
		mvc.perform(post("/api/v1/accounts").with(accounts.center()).contentType(MediaType.APPLICATION_JSON).content("""
				{"username": "p1", "password": "a-long-password", "role": "SUBJECT", "subjectId": "110101199003074259"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("INVALID_IDENTIFIER"));
		mvc.perform(post("/api/v1/accounts").with(accounts.center())
			.contentType(MediaType.APPLICATION_JSON)
			.content(account("p2", "PROVIDER", "NO_SUCH_ORG")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("UNKNOWN_ORGANISATION"));
		mvc.perform(post("/api/v1/accounts").with(accounts.center())
			.contentType(MediaType.APPLICATION_JSON)
			.content(account("p3", "EMPEROR", "T_TAX")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("INVALID_ROLE"));
		mvc.perform(post("/api/v1/accounts").with(accounts.center())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"username": "p4", "password": "short", "role": "PROVIDER", "organisation": "T_TAX"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("WEAK_PASSWORD"));
		mvc.perform(post("/api/v1/accounts").with(accounts.center())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"password": "a-long-password", "role": "PROVIDER", "organisation": "T_TAX"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
			.andExpect(jsonPath("$.errors[0].field").value("username"));
		mvc.perform(post("/api/v1/accounts").with(accounts.center())
			.contentType(MediaType.APPLICATION_JSON)
			.content(account("t-tax", "PROVIDER", "T_TAX")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("USERNAME_TAKEN"));
	}

	@Test
	void fourWrongPasswordsThenARightOneStartsCountingAgain() throws Exception {
		service.open(new NewAccount("careless", "right-password", Role.AUDITOR, "T_AUDIT", null), "test");
		for (int round = 0; round < 2; round++) {
			for (int i = 0; i < 4; i++) {
				mvc.perform(get("/api/v1/accounts/me").with(httpBasic("careless", "wrong")))
					.andExpect(status().isUnauthorized());
			}
			mvc.perform(get("/api/v1/accounts/me").with(httpBasic("careless", "right-password")))
				.andExpect(status().isOk());
		}
	}

	@Test
	void systemsAuthenticateWithBearerTokens() throws Exception {
		String response = mvc.perform(post("/api/v1/accounts/t-tax/tokens").with(accounts.center())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"tax system\", \"validDays\": 30}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.token", startsWith("gx_")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String token = com.jayway.jsonpath.JsonPath.read(response, "$.token");
		mvc.perform(get("/api/v1/accounts/me").header("Authorization", "Bearer " + token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value("t-tax"))
			.andExpect(jsonPath("$.role").value("PROVIDER"));
		mvc.perform(post("/api/v1/accounts").header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content(account("via-token", "PROVIDER", "T_TAX"))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/accounts/me").header("Authorization", "Bearer gx_not-a-token"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.code").value("INVALID_TOKEN"));
		clock.advance(Duration.ofDays(31));
		mvc.perform(get("/api/v1/accounts/me").header("Authorization", "Bearer " + token))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.code").value("INVALID_TOKEN"));
	}

	@Test
	void anAccountIssuesItsOwnTokenButNotOthers() throws Exception {
		mvc.perform(post("/api/v1/accounts/t-agency/tokens").with(accounts.agency())).andExpect(status().isCreated());
		mvc.perform(post("/api/v1/accounts/t-tax/tokens").with(accounts.agency())).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/accounts/nobody/tokens").with(accounts.center()))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("UNKNOWN_ACCOUNT"));
	}

	@Test
	void organisationsAreRegisteredByTheCentreOnly() throws Exception {
		mvc.perform(post("/api/v1/organisations").with(accounts.center())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"code\": \"COURT\", \"name\": \"市高级人民法院\"}")).andExpect(status().isCreated());
		mvc.perform(post("/api/v1/organisations").with(accounts.center())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"code\": \"COURT\", \"name\": \"市高级人民法院\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("ORGANISATION_EXISTS"));
		mvc.perform(post("/api/v1/organisations").with(accounts.provider())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"code\": \"FAKE\", \"name\": \"假机构\"}")).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/organisations")).andExpect(status().isUnauthorized());
	}

	@Test
	@org.junit.jupiter.api.DisplayName("an account changes its own password: the current one proved, the new one checked, the old one dead")
	void accountsChangeTheirOwnPassword() throws Exception {
		String username = "pw" + System.nanoTime();
		mvc.perform(post("/api/v1/accounts").with(accounts.center()).contentType(MediaType.APPLICATION_JSON).content("""
				{"username": "%s", "password": "first-password-1", "role": "AUDITOR", "organisation": "T_AUDIT"}"""
			.formatted(username))).andExpect(status().isCreated());
		mvc.perform(post("/api/v1/accounts/me/password").contentType(MediaType.APPLICATION_JSON)
			.content("{\"currentPassword\": \"first-password-1\", \"newPassword\": \"second-password-2\"}"))
			.andExpect(status().isUnauthorized());
		mvc.perform(post("/api/v1/accounts/me/password").with(httpBasic(username, "first-password-1"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"currentPassword\": \"wrong-password\", \"newPassword\": \"second-password-2\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("CURRENT_PASSWORD_WRONG"));
		mvc.perform(post("/api/v1/accounts/me/password").with(httpBasic(username, "first-password-1"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"currentPassword\": \"first-password-1\", \"newPassword\": \"short\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("WEAK_PASSWORD"));
		mvc.perform(post("/api/v1/accounts/me/password").with(httpBasic(username, "first-password-1"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"currentPassword\": \"first-password-1\", \"newPassword\": \"second-password-2\"}"))
			.andExpect(status().isNoContent());
		mvc.perform(get("/api/v1/accounts/me").with(httpBasic(username, "first-password-1")))
			.andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/accounts/me").with(httpBasic(username, "second-password-2")))
			.andExpect(status().isOk());
	}

	@Test
	void formLoginForPeople() throws Exception {
		mvc.perform(get("/login").header("Accept-Language", "zh-CN"))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("用户名")));
		mvc.perform(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin()
			.user("t-auditor")
			.password(TestAccounts.PASSWORD)).andExpect(status().is3xxRedirection()).andExpect(header().string("Location", "/workspace"));
		mvc.perform(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin()
			.user("t-auditor")
			.password("wrong")).andExpect(header().string("Location", "/login?error"));
	}
}
