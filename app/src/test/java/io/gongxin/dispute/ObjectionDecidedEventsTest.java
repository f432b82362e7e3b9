package io.gongxin.dispute;

import java.time.LocalDate;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import io.gongxin.GongxinTest;
import io.gongxin.TestAccounts;
import io.gongxin.TestClock;
import io.gongxin.synthetic.SyntheticSubjects;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Issue 15 point 2: every step of an objection is published as {@link ObjectionDecided}, in the deciding request. */
@GongxinTest
@RecordApplicationEvents
class ObjectionDecidedEventsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestClock clock;

	@Autowired
	ApplicationEvents events;

	final SyntheticSubjects synthetic = new SyntheticSubjects(System.nanoTime());

	@BeforeEach
	void accounts() {
		accounts.ensure();
	}

	private ResultActions json(MockHttpServletRequestBuilder request, RequestPostProcessor caller, String body)
			throws Exception {
		return mvc.perform(request.with(caller).contentType(MediaType.APPLICATION_JSON).content(body));
	}

	private List<ObjectionDecided> of(long objection) {
		return events.stream(ObjectionDecided.class).filter(e -> e.objectionId() == objection).toList();
	}

	@Test
	@DisplayName("R-29, R-30a: received, forwarded, rejected and disagreed are each published once, with the record, the subject and the provider's answer as outcome")
	void everyStepIsPublished() throws Exception {
		SyntheticSubjects.Person person = synthetic.person();
		String username = "evt-" + System.nanoTime();
		json(post("/api/v1/accounts"), accounts.center(), """
				{"username": "%s", "password": "person-password", "role": "SUBJECT", "subjectId": "%s"}"""
			.formatted(username, person.id().value())).andExpect(status().isCreated());
		RequestPostProcessor login = httpBasic(username, "person-password");
		String ref = "evt-" + System.nanoTime();
		String occurred = LocalDate.now(clock).minusDays(30).toString();
		long record = ((Number) JsonPath.read(json(post("/api/v1/records"), accounts.market(), """
				{"records": [{"item": "ADMIN_PENALTY", "sourceRef": "%s", "subject": {"type": "NATURAL_PERSON", "id": "%s",
				 "name": "%s"}, "occurredOn": "%s", "fields": {"decisionNumber": "沪市监罚〔2026〕%s号", "penaltyType": "罚款",
				 "decidedOn": "%s", "authority": "市市场监督管理局", "amount": 2}}]}"""
			.formatted(ref, person.id().value(), person.name(), occurred, ref, occurred))
			.andReturn().getResponse().getContentAsString(), "$.results[0].recordId")).longValue();

		long id = ((Number) JsonPath.read(json(post("/api/v1/objections"), login, """
				{"recordId": %d, "reason": "ERROR_OR_OMISSION", "statement": "不是本人"}""".formatted(record))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id")).longValue();
		assertThat(of(id)).singleElement().satisfies(e -> {
			assertThat(e.status()).isEqualTo("RECEIVED");
			assertThat(e.recordId()).isEqualTo(record);
			assertThat(e.outcome()).isNull();
		});
		json(post("/api/v1/objections/{id}/comparison", id), accounts.operator(), "{\"matchesProvider\": true}")
			.andExpect(jsonPath("$.status").value("FORWARDED"));
		json(post("/api/v1/objections/{id}/verification", id), accounts.market(), """
				{"upheld": false, "explanation": "经核查处罚决定有效"}""").andExpect(jsonPath("$.status").value("REJECTED"));
		json(post("/api/v1/objections/{id}/disagreement", id), login, "").andExpect(jsonPath("$.status").value("DISAGREED"));

		List<ObjectionDecided> steps = of(id);
		assertThat(steps).extracting(ObjectionDecided::status).containsExactly("RECEIVED", "FORWARDED", "REJECTED", "DISAGREED");
		assertThat(steps).extracting(ObjectionDecided::subject).containsOnly(steps.get(0).subject());
		assertThat(steps.get(2).outcome()).isEqualTo("经核查处罚决定有效");
	}

	@Test
	@DisplayName("R-29a: a refused step publishes nothing")
	void aRefusedStepPublishesNothing() throws Exception {
		long before = events.stream(ObjectionDecided.class).count();
		json(post("/api/v1/objections/{id}/comparison", Long.MAX_VALUE), accounts.operator(), "{\"matchesProvider\": true}")
			.andExpect(status().isNotFound());
		assertThat(events.stream(ObjectionDecided.class).count()).isEqualTo(before);
	}
}
