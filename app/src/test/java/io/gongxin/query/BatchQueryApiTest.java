package io.gongxin.query;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;

import com.jayway.jsonpath.JsonPath;
import io.gongxin.GongxinTest;
import io.gongxin.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@GongxinTest
class BatchQueryApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	final RequestPostProcessor agency = httpBasic("agency", "agency-demo");

	@BeforeEach
	void fixture() throws Exception {
		QueryFixture.ensure(mvc, accounts);
	}

	@Test
	@DisplayName("R-20b an agency's batch query answers each subject as a profile for it, each logged")
	void agencyBatchQuery() throws Exception {
		long logged = jdbc.sql("select count(*) from query_log where channel = 'BATCH_QUERY'").query(Long.class).single();
		String body = mvc.perform(post("/api/v1/batch-queries").with(agency).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"subjects": ["%s", "%s", "not-an-id", "110105196001011239"], "purpose": "授信前尽职调查"}"""
				.formatted(QueryFixture.COMPANY, QueryFixture.PERSON)))
			.andExpect(status().isAccepted())
			.andExpect(jsonPath("$.status").value("QUEUED"))
			.andReturn().getResponse().getContentAsString();
		String id = JsonPath.read(body, "$.id");
		String result = null;
		Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
		while (Instant.now().isBefore(deadline)) {
			result = mvc.perform(get("/api/v1/batch-queries/{id}", id).with(agency)).andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString();
			if (JsonPath.<String>read(result, "$.status").equals("DONE")) {
				break;
			}
			Thread.sleep(100);
		}
		assertThat(JsonPath.<String>read(result, "$.status")).isEqualTo("DONE");
		assertThat(JsonPath.<Integer>read(result, "$.profiles.length()")).isEqualTo(2);
		assertThat(JsonPath.<Integer>read(result, "$.profiles[0].index")).isZero();
		assertThat(JsonPath.<String>read(result, "$.profiles[0].subject.id")).isEqualTo(QueryFixture.COMPANY);
		assertThat(JsonPath.<String>read(result, "$.profiles[1].subject.id")).isEqualTo("3201**********0026");
		assertThat(JsonPath.<java.util.List<String>>read(result, "$.profiles[1].records[*].disclosure")).containsOnly("PUBLIC");
		assertThat(JsonPath.<String>read(result, "$.errors[0].code")).isEqualTo("INVALID_IDENTIFIER");
		assertThat(JsonPath.<String>read(result, "$.errors[1].code")).isEqualTo("UNKNOWN_SUBJECT");
		assertThat(result).doesNotContain(QueryFixture.PERSON);
		assertThat(jdbc.sql("select count(*) from query_log where channel = 'BATCH_QUERY'").query(Long.class).single())
			.isEqualTo(logged + 2);
		mvc.perform(get("/api/v1/batch-queries/{id}", id).with(accounts.agency())).andExpect(status().isNotFound());
	}

	@Test
	void onlyAgenciesQueryInBatches() throws Exception {
		String request = "{\"subjects\": [\"" + QueryFixture.COMPANY + "\"], \"purpose\": \"x\"}";
		mvc.perform(post("/api/v1/batch-queries").contentType(MediaType.APPLICATION_JSON).content(request))
			.andExpect(status().isUnauthorized());
		for (RequestPostProcessor caller : new RequestPostProcessor[] { accounts.querier(), accounts.tax(),
				accounts.center(), QueryFixture.person() }) {
			mvc.perform(post("/api/v1/batch-queries").with(caller).contentType(MediaType.APPLICATION_JSON).content(request))
				.andExpect(status().isForbidden());
		}
		String many = "{\"subjects\": [" + String.join(",", Collections.nCopies(10_001, "\"x\"")) + "], \"purpose\": \"x\"}";
		mvc.perform(post("/api/v1/batch-queries").with(agency).contentType(MediaType.APPLICATION_JSON).content(many))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("TOO_MANY_SUBJECTS"));
		mvc.perform(post("/api/v1/batch-queries").with(agency).contentType(MediaType.APPLICATION_JSON)
			.content("{\"subjects\": [], \"purpose\": \"x\"}")).andExpect(status().isBadRequest());
	}
}
