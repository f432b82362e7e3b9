package io.gongxin.dispute;

import java.util.List;

import io.gongxin.GongxinTest;
import io.gongxin.TestAccounts;
import io.gongxin.TestClock;
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
		PenalisedPerson penalised = PenalisedPerson.create(mvc, accounts, clock, "evt");
		RequestPostProcessor login = penalised.login();
		long record = penalised.record();
		long id = penalised.object(mvc, "不是本人");
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
