package io.gongxin.dispute;

import java.time.Clock;
import java.time.LocalDate;

import com.jayway.jsonpath.JsonPath;
import io.gongxin.TestAccounts;
import io.gongxin.synthetic.SyntheticPerson;
import io.gongxin.synthetic.SyntheticSubjects;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Where an objection starts in the dispute tests: a synthetic person of the test's own with a SUBJECT account
 * (password {@link #PASSWORD}), and a public administrative penalty about the person that the market regulator
 * submitted a month before the test clock.
 */
record PenalisedPerson(SyntheticPerson person, String username, RequestPostProcessor login, long record) {

	static final String PASSWORD = "person-password";

	/** A new person (account {@code prefix-…}) and the penalty about the person (source reference {@code prefix-…}). */
	static PenalisedPerson create(MockMvc mvc, TestAccounts accounts, Clock clock, String prefix) throws Exception {
		SyntheticPerson person = new SyntheticSubjects(System.nanoTime()).person();
		String username = prefix + "-" + System.nanoTime();
		mvc.perform(post("/api/v1/accounts").with(accounts.center()).contentType(MediaType.APPLICATION_JSON).content("""
				{"username": "%s", "password": "%s", "role": "SUBJECT", "subjectId": "%s"}"""
			.formatted(username, PASSWORD, person.id().value()))).andExpect(status().isCreated());
		long record = penalty(mvc, accounts, clock, person.id().value(), person.name(), prefix + "-" + System.nanoTime());
		return new PenalisedPerson(person, username, httpBasic(username, PASSWORD), record);
	}

	/** The market regulator's public penalty about a person (resident id number, name), a month old; its record id. */
	static long penalty(MockMvc mvc, TestAccounts accounts, Clock clock, String id, String name, String ref)
			throws Exception {
		String occurred = LocalDate.now(clock).minusDays(30).toString();
		String body = mvc.perform(post("/api/v1/records").with(accounts.market()).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"records": [{"item": "ADMIN_PENALTY", "sourceRef": "%s", "subject": {"type": "NATURAL_PERSON", "id": "%s",
					 "name": "%s"}, "occurredOn": "%s", "fields": {"decisionNumber": "沪市监罚〔2026〕%s号", "penaltyType": "罚款",
					 "decidedOn": "%s", "authority": "市市场监督管理局", "amount": 2}}]}"""
				.formatted(ref, id, name, occurred, ref, occurred)))
			.andExpect(jsonPath("$.results[0].recordId").isNumber())
			.andReturn().getResponse().getContentAsString();
		return ((Number) JsonPath.read(body, "$.results[0].recordId")).longValue();
	}

	/** The person objects to the penalty (an error); the objection's id, received. */
	long object(MockMvc mvc, String statement) throws Exception {
		String body = mvc.perform(post("/api/v1/objections").with(login).contentType(MediaType.APPLICATION_JSON).content("""
				{"recordId": %d, "reason": "ERROR_OR_OMISSION", "statement": "%s"}""".formatted(record, statement)))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return ((Number) JsonPath.read(body, "$.id")).longValue();
	}
}
