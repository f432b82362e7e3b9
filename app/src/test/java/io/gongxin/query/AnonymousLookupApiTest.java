package io.gongxin.query;

import java.time.LocalDate;
import java.util.Map;

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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Issue 12, point 5: no person's name for whoever guesses an id, no oracle of who is known, and a throttle. */
@GongxinTest
class AnonymousLookupApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcClient jdbc;

	private final SyntheticSubjects synthetic = new SyntheticSubjects(System.nanoTime());

	@BeforeEach
	void fixture() throws Exception {
		QueryFixture.ensure(mvc, accounts);
	}

	/** A client address of the test's own, so that no other test's lookups count against it. */
	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	private static String address() {
		long n = System.nanoTime();
		return "198.18." + (n >> 8 & 0xff) + "." + (n & 0xff);
	}

	/** A person the platform knows, with a non-public record only. */
	private String personWithNothingPublic() throws Exception {
		String id = synthetic.person(LocalDate.of(1970, 1, 1), LocalDate.of(1990, 12, 31)).id().value();
		mvc.perform(post("/api/v1/records").with(accounts.market()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"records\": [" + QueryFixture.record("VOLUNTEER", "anon-" + System.nanoTime(), "NATURAL_PERSON",
					id, "2024-02-01", null, QueryFixture.VOLUNTEER) + "]}"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.accepted").value(1));
		return id;
	}

	private Map<String, Object> anonymousProfile(String id) throws Exception {
		String body = mvc.perform(post("/api/v1/subjects/profile-queries").with(from(address()))
			.contentType(MediaType.APPLICATION_JSON).content("{\"subjectId\": \"" + id + "\"}"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		return JsonPath.read(body, "$");
	}

	@Test
	@DisplayName("R-16a an anonymous lookup of a person shows the family name only (李*); an organisation's name stays whole")
	void anonymousSeesTheFamilyNameOnly() throws Exception {
		mvc.perform(get("/api/v1/subjects/{id}/profile", QueryFixture.PERSON).with(from(address())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.subject.name").value("李*"))
			.andExpect(jsonPath("$.subject.id").value("3201**********0026"))
			.andExpect(jsonPath("$.records[*].item").value(org.hamcrest.Matchers.contains("ADMIN_PENALTY")));
		String page = mvc.perform(post("/portal/search").with(from(address())).param("q", QueryFixture.PERSON)
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("李*").doesNotContain("李四");
		mvc.perform(get("/api/v1/subjects/{id}/profile", QueryFixture.COMPANY).with(from(address())))
			.andExpect(status().isOk()).andExpect(jsonPath("$.subject.name").value("上海市测试查询有限公司"));
		// a signed-in caller is accountable (and on the log by name): the name as registered
		mvc.perform(get("/api/v1/subjects/{id}/profile", QueryFixture.PERSON).with(accounts.agency()))
			.andExpect(status().isOk()).andExpect(jsonPath("$.subject.name").value("李四"));
	}

	@Test
	@DisplayName("R-16a a valid id of a person the platform does not know gets the same 200 answer as a known person with nothing public")
	void unknownAndKnownPersonsLookAlike() throws Exception {
		String known = personWithNothingPublic();
		String unknown = synthetic.person(LocalDate.of(1970, 1, 1), LocalDate.of(1990, 12, 31)).id().value();
		Map<String, Object> knownAnswer = anonymousProfile(known);
		Map<String, Object> unknownAnswer = anonymousProfile(unknown);
		assertThat(unknownAnswer.keySet()).isEqualTo(knownAnswer.keySet());
		assertThat(knownAnswer.get("queryId")).isNotNull();
		assertThat(unknownAnswer.get("queryId")).isNotNull();
		assertThat(knownAnswer.get("records")).isEqualTo(unknownAnswer.get("records")).asList().isEmpty();
		assertThat(knownAnswer.get("subject")).isEqualTo(Map.of("type", "NATURAL_PERSON", "id",
				known.substring(0, 4) + "**********" + known.substring(14), "name", "*"));
		assertThat(unknownAnswer.get("subject")).isEqualTo(Map.of("type", "NATURAL_PERSON", "id",
				unknown.substring(0, 4) + "**********" + unknown.substring(14), "name", "*"));
		for (String id : new String[] { known, unknown }) {
			mvc.perform(post("/portal/search").with(from(address())).param("q", id)
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
				.andExpect(status().isOk());
			// the same refusal of a person's report, known or not
			mvc.perform(get("/reports/subject").param("id", id).with(from(address())))
				.andExpect(status().isForbidden());
			mvc.perform(get("/api/v1/subjects/{id}/report", id).with(from(address())))
				.andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("REPORT_NEEDS_SIGN_IN"));
			// an unknown matter is refused alike too
			mvc.perform(get("/api/v1/subjects/{id}/profile", id).param("matter", "LAND_SALES").with(from(address())))
				.andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("UNKNOWN_MATTER"));
		}
	}

	@Test
	@DisplayName("R-16a a bad id is still 400 INVALID_IDENTIFIER; an unknown organisation and, for signed-in callers, an unknown person are 404")
	void badAndUnknownIdentifiers() throws Exception {
		String unknown = synthetic.person(LocalDate.of(1970, 1, 1), LocalDate.of(1990, 12, 31)).id().value();
		mvc.perform(get("/api/v1/subjects/{id}/profile", "320102199201150027").with(from(address())))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("INVALID_IDENTIFIER"));
		mvc.perform(get("/api/v1/subjects/{id}/profile", synthetic.organisation().code().value()).with(from(address())))
			.andExpect(status().isNotFound()).andExpect(jsonPath("$.code").value("UNKNOWN_SUBJECT"));
		mvc.perform(get("/api/v1/subjects/{id}/profile", unknown).with(accounts.agency()))
			.andExpect(status().isNotFound()).andExpect(jsonPath("$.code").value("UNKNOWN_SUBJECT"));
		mvc.perform(get("/api/v1/subjects/{id}/report", QueryFixture.COMPANY).with(from(address())))
			.andExpect(status().isOk());
	}

	@Test
	@DisplayName("R-31 anonymous lookups are throttled per client in the database: 429 TOO_MANY_LOOKUPS with Retry-After, other clients and accounts go on")
	void anonymousLookupsAreThrottled() throws Exception {
		String crawler = address();
		for (int i = 0; i < 60; i++) {
			mvc.perform(get("/api/v1/subjects/{id}/profile", QueryFixture.COMPANY).with(from(crawler)))
				.andExpect(status().isOk());
		}
		mvc.perform(get("/api/v1/subjects/{id}/profile", QueryFixture.COMPANY).with(from(crawler)))
			.andExpect(status().isTooManyRequests())
			.andExpect(jsonPath("$.code").value("TOO_MANY_LOOKUPS"))
			.andExpect(header().exists("Retry-After"));
		// guessing through the body or the portal counts the same
		mvc.perform(post("/api/v1/subjects/profile-queries").with(from(crawler)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"subjectId\": \"" + QueryFixture.PERSON + "\"}"))
			.andExpect(status().isTooManyRequests());
		mvc.perform(get("/portal/subjects/{id}", QueryFixture.COMPANY).with(from(crawler)))
			.andExpect(status().isTooManyRequests());
		// the counter is one row in the database, which every node shares, not one node's memory
		assertThat(jdbc.sql("select sum(hits) from client_windows where bucket = 'LOOKUP' and client = ?").param(crawler)
			.query(Long.class).single()).isEqualTo(63L);
		mvc.perform(get("/api/v1/subjects/{id}/profile", QueryFixture.COMPANY).with(from(address())))
			.andExpect(status().isOk());
		mvc.perform(get("/api/v1/subjects/{id}/profile", QueryFixture.COMPANY).with(from(crawler)).with(accounts.agency()))
			.andExpect(status().isOk());
		clock.advance(java.time.Duration.ofMinutes(1));
		mvc.perform(get("/api/v1/subjects/{id}/profile", QueryFixture.COMPANY).with(from(crawler)))
			.andExpect(status().isOk());
	}
}
