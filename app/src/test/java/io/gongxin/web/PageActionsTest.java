package io.gongxin.web;

import io.gongxin.PageSession;

import java.time.LocalDate;

import com.jayway.jsonpath.JsonPath;
import io.gongxin.GongxinTest;
import io.gongxin.TestAccounts;
import io.gongxin.query.QueryFixture;
import io.gongxin.synthetic.SyntheticSubjects;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The console's list actions and the subject's evidence upload, as the pages post them. */
@GongxinTest
class PageActionsTest {

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	io.gongxin.TestClock clock;

	private PageSession login(String username, String password) throws Exception {
		return PageSession.login(mvc, username, password);
	}

	@Test
	@DisplayName("R-24 the centre enters, and removes, a list entry from the console; an auditor may only look")
	void centreKeepsTheListsFromTheConsole() throws Exception {
		String company = new SyntheticSubjects(System.nanoTime()).organisation().code().value();
		PageSession center = login("t-center", TestAccounts.PASSWORD);
		mvc.perform(post("/console/lists/SERIOUS_DISHONESTY/entries").with(center).with(csrf())
			.param("subjectId", company).param("reason", "拒不履行法定义务").param("basis", "沪府规〔2026〕1号")
			.param("decidedOn", LocalDate.now(clock).minusDays(1).toString())
			.param("validUntil", LocalDate.now(clock).plusYears(1).toString()))
			.andExpect(redirectedUrl("/console/lists"))
			.andExpect(flash().attribute("noticeKey", "console.lists.entered"));
		String published = mvc.perform(get("/api/v1/lists/SERIOUS_DISHONESTY/entries")).andReturn().getResponse()
			.getContentAsString();
		Number id = JsonPath.<java.util.List<Number>>read(published, "$.entries[?(@.subject.id == '" + company + "')].id").get(0);

		PageSession auditor = login("t-auditor", TestAccounts.PASSWORD);
		mvc.perform(post("/console/lists/SERIOUS_DISHONESTY/entries/{id}/removal", id).with(auditor).with(csrf())
			.param("reason", "审计不得移出")).andExpect(status().isForbidden());

		mvc.perform(post("/console/lists/SERIOUS_DISHONESTY/entries/{id}/removal", id).with(center).with(csrf())
			.param("reason", "已履行义务")).andExpect(redirectedUrl("/console/lists"));
		assertThat(mvc.perform(get("/api/v1/lists/SERIOUS_DISHONESTY/entries")).andReturn().getResponse()
			.getContentAsString()).doesNotContain(company);
	}

	@Test
	@DisplayName("R-28 a person attaches evidence to an open objection from the page; a text file passed off as an image is refused")
	void evidenceFromThePage() throws Exception {
		String person = new SyntheticSubjects(System.nanoTime()).person(LocalDate.of(1970, 1, 1), LocalDate.of(1990, 1, 1))
			.id().value();
		String result = mvc.perform(post("/api/v1/records").with(accounts.market()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"records\": [" + QueryFixture.record("ADMIN_PENALTY", "evidence-" + System.nanoTime(),
					"NATURAL_PERSON", person, "2024-04-01", null, QueryFixture.PENALTY) + "]}"))
			.andReturn().getResponse().getContentAsString();
		long record = ((Number) JsonPath.read(result, "$.results[0].recordId")).longValue();
		String username = "ev" + System.nanoTime();
		mvc.perform(post("/api/v1/accounts").with(accounts.center()).contentType(MediaType.APPLICATION_JSON).content("""
				{"username": "%s", "password": "person-password", "role": "SUBJECT", "subjectId": "%s"}"""
			.formatted(username, person))).andExpect(status().isCreated());
		PageSession session = login(username, "person-password");
		mvc.perform(post("/me/objections").with(session).with(csrf()).param("recordId", String.valueOf(record))
			.param("reason", "ERROR_OR_OMISSION").param("statement", "金额有误")).andExpect(redirectedUrl("/me#objections"));
		String mine = mvc.perform(get("/me/objections").with(session)).andReturn().getResponse().getContentAsString();
		String objection = mine.replaceAll("(?s).*data-objection=\"(\\d+)\".*", "$1");

		mvc.perform(multipart("/me/objections/{id}/attachments", objection)
			.file(new MockMultipartFile("file", "receipt.png", "image/png", PNG)).with(session).with(csrf()))
			.andExpect(redirectedUrl("/me/objections/" + objection))
			.andExpect(flash().attribute("noticeKey", "me.object.attached"));
		mvc.perform(multipart("/me/objections/{id}/attachments", objection)
			.file(new MockMultipartFile("file", "fake.png", "image/png", "not an image".getBytes()))
			.with(session).with(csrf()).header("Referer", "http://localhost/me"))
			.andExpect(redirectedUrl("/me"))
			.andExpect(flash().attributeExists("problem"));
		mvc.perform(get("/api/v1/objections/{id}/attachments", objection)
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic(username,
					"person-password")))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.length()").value(1));
	}
}
