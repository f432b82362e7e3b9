package io.gongxin.dispute;

import java.time.LocalDate;
import java.time.ZonedDateTime;

import com.jayway.jsonpath.JsonPath;
import io.gongxin.GongxinTest;
import io.gongxin.TestAccounts;
import io.gongxin.TestClock;
import io.gongxin.synthetic.SyntheticSubjects;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** R-RP: the minimum publication period before repair counts from the record's decision date, not its act's start. */
@GongxinTest
class RepairEligibilityApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestClock clock;

	final SyntheticSubjects synthetic = new SyntheticSubjects(System.nanoTime());

	private long penalty(String person, String ref, String occurredOn, String decidedOn) throws Exception {
		String body = mvc.perform(post("/api/v1/records").with(accounts.market()).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"records": [{"item": "ADMIN_PENALTY", "sourceRef": "%s", "subject": {"type": "NATURAL_PERSON", "id": "%s", "name": "钱七"},
					 "occurredOn": "%s", "fields": {"decisionNumber": "沪市监罚〔2026〕%s号", "penaltyType": "罚款",
					 "decidedOn": "%s", "authority": "市市场监督管理局"}}]}""".formatted(ref, person, occurredOn, ref, decidedOn)))
			.andExpect(jsonPath("$.accepted").value(1))
			.andReturn().getResponse().getContentAsString();
		return ((Number) JsonPath.read(body, "$.results[0].recordId")).longValue();
	}

	@Test
	@DisplayName("R-RP repair eligibility counts from decidedOn: an old act decided recently is not yet repairable, a recent act decided long ago is")
	void repairCountsFromTheDecision() throws Exception {
		clock.set(ZonedDateTime.parse("2026-11-18T10:00:00+08:00[Asia/Shanghai]"));
		String person = synthetic.person(LocalDate.of(1960, 1, 1), LocalDate.of(1990, 12, 31)).id().value();
		String username = "rp-" + System.nanoTime();
		mvc.perform(post("/api/v1/accounts").with(accounts.center()).contentType(MediaType.APPLICATION_JSON).content("""
				{"username": "%s", "password": "person-password", "role": "SUBJECT", "subjectId": "%s"}"""
			.formatted(username, person))).andExpect(status().isCreated());
		RequestPostProcessor subject = httpBasic(username, "person-password");
		// a general penalty (罚款): repair after 3 months of publication
		long decidedLately = penalty(person, "rp-late-" + username, "2020-01-10", "2026-10-18");
		long decidedLongAgo = penalty(person, "rp-early-" + username, "2026-10-01", "2026-06-01");
		mvc.perform(post("/api/v1/repairs").with(subject).contentType(MediaType.APPLICATION_JSON)
			.content("{\"recordId\": " + decidedLately + ", \"statement\": \"已整改\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("REPAIR_TOO_EARLY"))
			.andExpect(jsonPath("$.earliest").value("2027-01-18"));
		mvc.perform(post("/api/v1/repairs").with(subject).contentType(MediaType.APPLICATION_JSON)
			.content("{\"recordId\": " + decidedLongAgo + ", \"statement\": \"已缴清罚款并完成整改\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("PENDING"));
	}
}
