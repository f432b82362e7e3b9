package io.gongxin.account;

import java.nio.charset.StandardCharsets;
import java.util.List;

import io.gongxin.GongxinTest;
import io.gongxin.PageSession;
import io.gongxin.TestAccounts;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 13, point 2: a page session is no node's memory. It lives in PostgreSQL (Spring Session JDBC), so any node
 * behind the load balancer serves the browser, a node's restart signs nobody out, and signing out on one node ends
 * the session on all of them. What the session keeps is the account's name, role and organisation, never its
 * password hash.
 */
@GongxinTest
class PageSessionsInTheDatabaseTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	private List<String> sessionsOf(String username) {
		return jdbc.sql("select session_id from spring_session where principal_name = ?").param(username)
			.query(String.class).list();
	}

	@Test
	@DisplayName("a page login is a row in the database, holding no password hash; the cookie alone signs the browser in")
	void aLoginIsARowInTheDatabase() throws Exception {
		String agency = accounts.freshAgency("ses");
		PageSession browser = PageSession.login(mvc, agency, TestAccounts.PASSWORD, redirectedUrl("/workspace"));

		assertThat(sessionsOf(agency)).hasSize(1);
		List<byte[]> attributes = jdbc.sql("""
				select a.attribute_bytes from spring_session_attributes a
				  join spring_session s on s.primary_id = a.session_primary_id
				 where s.principal_name = ?""").param(agency).query(byte[].class).list();
		assertThat(attributes).isNotEmpty();
		String hash = jdbc.sql("select password_hash from accounts where username = ?").param(agency)
			.query(String.class).single();
		assertThat(attributes).allSatisfy(bytes -> assertThat(new String(bytes, StandardCharsets.ISO_8859_1))
			.doesNotContain(hash.substring(hash.indexOf('}') + 1)));
		mvc.perform(get("/account").with(browser)).andExpect(status().isOk());
	}

	@Test
	@DisplayName("a session ended in the database (another node signed it out) no longer admits its cookie anywhere")
	void aSessionEndedInTheDatabaseEndsEverywhere() throws Exception {
		String agency = accounts.freshAgency("ses");
		PageSession browser = PageSession.login(mvc, agency, TestAccounts.PASSWORD);
		mvc.perform(get("/account").with(browser)).andExpect(status().isOk());

		jdbc.sql("delete from spring_session where principal_name = ?").param(agency).update();

		mvc.perform(get("/account").with(browser)).andExpect(redirectedUrl("/login"));
	}

	@Test
	@DisplayName("signing out deletes the session's row")
	void signingOutDeletesTheRow() throws Exception {
		String agency = accounts.freshAgency("ses");
		PageSession browser = PageSession.login(mvc, agency, TestAccounts.PASSWORD);
		assertThat(sessionsOf(agency)).hasSize(1);

		mvc.perform(post("/logout").with(browser).with(csrf())).andExpect(redirectedUrl("/"));

		assertThat(sessionsOf(agency)).isEmpty();
		mvc.perform(get("/account").with(browser)).andExpect(redirectedUrl("/login"));
	}
}
