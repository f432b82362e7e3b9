package io.gongxin.dispute;

import java.time.ZonedDateTime;

import com.jayway.jsonpath.JsonPath;
import io.gongxin.GongxinTest;
import io.gongxin.TestAccounts;
import io.gongxin.TestClock;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A deployment on the 2017 Shanghai Regulations' numbers: forward within 2 working days, correct within 5. */
@GongxinTest
@TestPropertySource(properties = { "gongxin.rights.compare-days=2", "gongxin.rights.correct-days=5",
		"gongxin.test.database=regulations-2017" })
class RegulationsDeadlinesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestClock clock;

	@Test
	@DisplayName("R-29 deadlines are settings: the 2017 Regulations' two centre deadlines across National Day")
	void regulationsDeadlines() throws Exception {
		String person = "440305198801011233";
		mvc.perform(post("/api/v1/accounts").with(accounts.center()).contentType(MediaType.APPLICATION_JSON).content("""
				{"username": "reg-subject", "password": "person-password", "role": "SUBJECT", "subjectId": "%s"}""".formatted(person)))
			.andExpect(status().isCreated());
		String body = mvc.perform(post("/api/v1/records").with(accounts.market()).contentType(MediaType.APPLICATION_JSON).content("""
				{"records": [{"item": "ADMIN_PENALTY", "sourceRef": "reg-1", "subject": {"type": "NATURAL_PERSON", "id": "%s"},
				 "occurredOn": "2025-06-01", "fields": {"decisionNumber": "1", "penaltyType": "罚款", "decidedOn": "2025-06-01", "authority": "市市场监督管理局"}}]}"""
			.formatted(person))).andReturn().getResponse().getContentAsString();
		Number record = JsonPath.read(body, "$.results[0].recordId");
		clock.set(ZonedDateTime.parse("2026-09-29T10:00:00+08:00[Asia/Shanghai]"));
		mvc.perform(post("/api/v1/objections").with(httpBasic("reg-subject", "person-password"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"recordId\": " + record + ", \"reason\": \"ERROR_OR_OMISSION\", \"statement\": \"有误\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.compareBy").value("2026-10-08"))
			.andExpect(jsonPath("$.correctBy").value("2026-10-12"));
	}
}
