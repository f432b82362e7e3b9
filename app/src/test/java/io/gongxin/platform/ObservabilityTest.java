package io.gongxin.platform;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import io.gongxin.GongxinTest;
import io.gongxin.TestAccounts;
import io.gongxin.query.QueryFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 13, point 5: the Prometheus scrape (CENTER_ADMIN only) shows the {@code gongxin.*} meters of
 * docs/operations.md moving after real actions over HTTP; problems carry the request id; the probes and the
 * health indicators answer, with details only for a centre administrator.
 */
@GongxinTest
class ObservabilityTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@BeforeEach
	void fixture() throws Exception {
		QueryFixture.ensure(mvc, accounts);
	}

	private String scrape() throws Exception {
		return mvc.perform(get("/actuator/prometheus").with(accounts.center()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	/** The sum of the series of {@code metric} that carry every label given (0 when there is none yet). */
	static double value(String scrape, String metric, Map<String, String> labels) {
		double sum = 0;
		Matcher line = Pattern.compile("(?m)^" + Pattern.quote(metric) + "\\{([^}]*)} (\\S+)$").matcher(scrape);
		while (line.find()) {
			String found = line.group(1);
			if (labels.entrySet().stream().allMatch(l -> found.contains(l.getKey() + "=\"" + l.getValue() + "\""))) {
				sum += Double.parseDouble(line.group(2));
			}
		}
		return sum;
	}

	@Test
	@DisplayName("the Prometheus scrape is for a centre administrator only: 401 anonymous, 403 another role")
	void prometheusIsForCentreAdministrators() throws Exception {
		mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.code").value("UNAUTHENTICATED"));
		mvc.perform(get("/actuator/prometheus").with(accounts.market())).andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("FORBIDDEN"));
		mvc.perform(get("/actuator/prometheus").with(accounts.auditor())).andExpect(status().isForbidden());
		assertThat(scrape()).contains("# TYPE jvm_memory_used_bytes gauge");
	}

	@Test
	@DisplayName("records accepted and rejected, queries per matter and audience, measure checks, report renderings and open objections move on the scrape with bounded tags")
	void domainMetersMoveAfterRealActions() throws Exception {
		// a person of this test's own (the fixture's person stays as other tests expect it), with an account
		String person = new io.gongxin.synthetic.SyntheticSubjects(System.nanoTime()).person().id().value();
		String username = "obs-" + System.nanoTime();
		mvc.perform(post("/api/v1/accounts").with(accounts.center()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\": \"%s\", \"password\": \"person-password\", \"role\": \"SUBJECT\", \"subjectId\": \"%s\"}"
				.formatted(username, person)))
			.andExpect(status().isCreated());
		String before = scrape();
		String ref = "obs-" + System.nanoTime();
		// one record stored, one refused for an item the catalog does not know (its text is no tag), one refused for
		// a known item with a bad field
		String submitted = mvc.perform(post("/api/v1/records").with(accounts.market())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"records\": [" + String.join(",",
					QueryFixture.record("ADMIN_PENALTY", ref, "NATURAL_PERSON", person, "2024-04-01", null,
							QueryFixture.PENALTY),
					QueryFixture.record("NO_SUCH_ITEM_" + System.nanoTime(), ref + "-x", "NATURAL_PERSON", person,
							"2024-04-01", null, QueryFixture.PENALTY),
					QueryFixture.record("ADMIN_PENALTY", ref + "-y", "NATURAL_PERSON", "not-an-id", "2024-04-01", null,
							QueryFixture.PENALTY))
					+ "]}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.accepted").value(1))
			.andExpect(jsonPath("$.rejected").value(2))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long recordId = ((Number) JsonPath.read(submitted, "$.results[0].recordId")).longValue();
		// a government read for a matter, a measure check, a report, an objection
		mvc.perform(get("/api/v1/subjects/{id}/profile", QueryFixture.COMPANY).with(accounts.procurement())
			.param("matter", "GOV_PROCUREMENT").param("purpose", "投标资格审查")).andExpect(status().isOk());
		mvc.perform(post("/api/v1/measure-checks").with(accounts.procurement())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"subjectId\": \"" + QueryFixture.COMPANY + "\", \"matter\": \"GOV_PROCUREMENT\"}"))
			.andExpect(status().isOk());
		mvc.perform(get("/api/v1/subjects/{id}/report", QueryFixture.COMPANY).accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk());
		mvc.perform(post("/api/v1/objections").with(
				org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic(username,
						"person-password"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"recordId\": %d, \"reason\": \"ERROR_OR_OMISSION\", \"statement\": \"处罚信息有误\"}"
				.formatted(recordId)))
			.andExpect(status().isCreated());

		String after = scrape();
		Map<String, String> market = Map.of("organisation", "MARKET", "item", "ADMIN_PENALTY", "channel", "API");
		assertThat(value(after, "gongxin_records_accepted_total", market)
				- value(before, "gongxin_records_accepted_total", market)).isEqualTo(1);
		assertThat(value(after, "gongxin_records_rejected_total", market)
				- value(before, "gongxin_records_rejected_total", market)).isEqualTo(1);
		Map<String, String> unknownItem = Map.of("organisation", "MARKET", "item", "NONE", "channel", "API");
		assertThat(value(after, "gongxin_records_rejected_total", unknownItem)
				- value(before, "gongxin_records_rejected_total", unknownItem)).isEqualTo(1);
		assertThat(after).doesNotContain("NO_SUCH_ITEM_").doesNotContain(person).doesNotContain(QueryFixture.COMPANY);
		Map<String, String> procurementRead = Map.of("matter", "GOV_PROCUREMENT", "audience", "GOV_QUERIER", "channel",
				"API");
		assertThat(value(after, "gongxin_queries_total", procurementRead)
				- value(before, "gongxin_queries_total", procurementRead)).isEqualTo(1);
		assertThat(value(after, "gongxin_measure_checks_total", Map.of("matter", "GOV_PROCUREMENT"))
				- value(before, "gongxin_measure_checks_total", Map.of("matter", "GOV_PROCUREMENT"))).isEqualTo(1);
		Map<String, String> anonymousHtml = Map.of("format", "HTML", "audience", "ANONYMOUS");
		assertThat(value(after, "gongxin_reports_rendered_total", anonymousHtml)
				- value(before, "gongxin_reports_rendered_total", anonymousHtml)).isEqualTo(1);
		Map<String, String> received = Map.of("status", "RECEIVED");
		assertThat(value(after, "gongxin_objections_open", received) - value(before, "gongxin_objections_open", received))
			.isEqualTo(1);
		assertThat(after).contains("gongxin_objections_overdue{", "party=\"PROVIDER\"", "gongxin_audit_unsealed_entries{",
				"gongxin_audit_unsealed_oldest_age_seconds{", "gongxin_log_write_failures_total{",
				"gongxin_audit_checkpoints_signed_total");
	}

	@Test
	@DisplayName("every problem carries the request id of its X-Request-Id header; a well-formed caller id is kept, an over-long or ill-formed one replaced")
	void problemsCarryTheRequestId() throws Exception {
		MockHttpServletResponse made = mvc.perform(get("/api/v1/subjects/{id}/profile", "not-an-id")
			.with(accounts.procurement()).param("matter", "GOV_PROCUREMENT").param("purpose", "审查"))
			.andExpect(status().isBadRequest())
			.andExpect(header().exists("X-Request-Id"))
			.andReturn()
			.getResponse();
		assertThat((String) JsonPath.read(made.getContentAsString(), "$.requestId"))
			.isEqualTo(made.getHeader("X-Request-Id"))
			.matches("[0-9a-f-]{36}");
		// the API's 401 (the security filters' own problem) carries it too, and keeps the caller's
		mvc.perform(get("/api/v1/accounts/me").header("X-Request-Id", "lb-7f3a:0001"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("X-Request-Id", "lb-7f3a:0001"))
			.andExpect(jsonPath("$.requestId").value("lb-7f3a:0001"));
		for (String forged : new String[] { "x".repeat(65), "abc\" forged=\"1", "a b", "日志" }) {
			MockHttpServletResponse replaced = mvc.perform(get("/api/v1/accounts/me").header("X-Request-Id", forged))
				.andExpect(status().isUnauthorized())
				.andReturn()
				.getResponse();
			String id = replaced.getHeader("X-Request-Id");
			assertThat(id).isNotEqualTo(forged).matches("[0-9a-f-]{36}");
			assertThat((String) JsonPath.read(replaced.getContentAsString(), "$.requestId")).isEqualTo(id);
		}
	}

	@Test
	@DisplayName("liveness and readiness are public and say only UP; health shows the database, sealer and vault details to a centre administrator only")
	void probesAndHealthDetails() throws Exception {
		for (String probe : new String[] { "/actuator/health/liveness", "/actuator/health/readiness" }) {
			mvc.perform(get(probe)).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"))
				.andExpect(jsonPath("$.components").doesNotExist()).andExpect(jsonPath("$.details").doesNotExist());
			mvc.perform(get(probe).with(accounts.center())).andExpect(status().isOk())
				.andExpect(jsonPath("$.components").doesNotExist());
		}
		mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"))
			.andExpect(jsonPath("$.components").doesNotExist());
		mvc.perform(get("/actuator/health").with(accounts.market())).andExpect(status().isOk())
			.andExpect(jsonPath("$.components").doesNotExist());
		mvc.perform(get("/actuator/health").with(accounts.center()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"))
			.andExpect(jsonPath("$.components.db.status").value("UP"))
			.andExpect(jsonPath("$.components.db.details.database").value("PostgreSQL"))
			.andExpect(jsonPath("$.components.sealer.status").value("UP"))
			.andExpect(jsonPath("$.components.sealer.details.unsealedEntries").isNumber())
			.andExpect(jsonPath("$.components.sealer.details.maxUnsealed").value(10000))
			.andExpect(jsonPath("$.components.vault.status").value("UP"))
			.andExpect(jsonPath("$.components.vault.details.algorithm").value("SM4"))
			.andExpect(jsonPath("$.components.vault.details.error").doesNotExist())
			.andExpect(jsonPath("$.components.readinessState.status").value("UP"));
		mvc.perform(get("/actuator/health/vault").with(accounts.center())).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"));
		mvc.perform(get("/actuator/health/liveness")).andExpect(jsonPath("$.status").value(not("DOWN")));
	}
}
