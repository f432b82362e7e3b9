package io.gongxin.repair.internal;

import java.time.ZonedDateTime;

import com.jayway.jsonpath.JsonPath;
import io.gongxin.GongxinTest;
import io.gongxin.TestAccounts;
import io.gongxin.TestClock;
import io.gongxin.record.RecordChanged;
import io.gongxin.repair.RepairDecided;
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

/** A repair is decided once, by the record's provider; the decision publishes {@link RepairDecided}. */
@GongxinTest
@RecordApplicationEvents
class RepairDecisionsApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestClock clock;

	@Autowired
	ApplicationEvents events;

	String personId;

	RequestPostProcessor person;

	@BeforeEach
	void person() {
		TestAccounts.Person fresh = accounts.freshPerson("repair");
		personId = fresh.id();
		person = httpBasic(fresh.username(), TestAccounts.PASSWORD);
		clock.set(ZonedDateTime.parse("2026-11-18T10:00:00+08:00[Asia/Shanghai]"));
	}

	private ResultActions json(MockHttpServletRequestBuilder request, RequestPostProcessor caller, String body)
			throws Exception {
		return mvc.perform(request.with(caller).contentType(MediaType.APPLICATION_JSON).content(body));
	}

	private long penalty() throws Exception {
		String body = json(post("/api/v1/records"), accounts.market(), """
				{"records": [{"item": "ADMIN_PENALTY", "sourceRef": "repair-%d",
				 "subject": {"type": "NATURAL_PERSON", "id": "%s", "name": "钱七"}, "occurredOn": "2025-01-15",
				 "fields": {"decisionNumber": "沪市监罚〔2025〕78号", "penaltyType": "罚款", "violation": "占道经营",
				            "decidedOn": "2025-01-15", "authority": "市市场监督管理局", "amount": 1}}]}""".formatted(System.nanoTime(),
				personId))
			.andReturn().getResponse().getContentAsString();
		return ((Number) JsonPath.read(body, "$.results[0].recordId")).longValue();
	}

	private long applied(long record) throws Exception {
		String body = json(post("/api/v1/repairs"), person, "{\"recordId\": " + record + ", \"statement\": \"已缴清罚款\"}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("PENDING"))
			.andReturn().getResponse().getContentAsString();
		return ((Number) JsonPath.read(body, "$.id")).longValue();
	}

	private ResultActions decide(long repair, RequestPostProcessor caller, boolean approved) throws Exception {
		return json(post("/api/v1/repairs/{id}/decision", repair), caller,
				"{\"approved\": " + approved + ", \"reason\": \"已整改\"}");
	}

	@Test
	@DisplayName("R-RP a granted repair publishes RepairDecided and RecordChanged REPAIRED; it is decided once, and the repaired record is not revoked")
	void grantedOnce() throws Exception {
		long record = penalty();
		long repair = applied(record);
		decide(repair, accounts.tax(), true).andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("NOT_OWN_RECORD"));
		decide(repair, accounts.market(), true).andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(repair))
			.andExpect(jsonPath("$.status").value("APPROVED"));
		decide(repair, accounts.market(), false).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("REPAIR_DECIDED"));

		assertThat(events.stream(RepairDecided.class).filter(e -> e.repairId() == repair))
			.singleElement()
			.satisfies(e -> {
				assertThat(e.granted()).isTrue();
				assertThat(e.recordId()).isEqualTo(record);
			});
		assertThat(events.stream(RecordChanged.class).filter(e -> e.recordId() == record).map(RecordChanged::change))
			.containsExactly(RecordChanged.Change.STORED, RecordChanged.Change.REPAIRED);
		json(post("/api/v1/records/{id}/revocation", record), accounts.market(), "{\"reason\": \"撤销\"}")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("RECORD_NOT_ACTIVE"));
	}

	@Test
	@DisplayName("R-RP a refused repair publishes RepairDecided, not granted, and leaves the record active")
	void refused() throws Exception {
		long record = penalty();
		long repair = applied(record);
		decide(repair, accounts.market(), false).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("REJECTED"));
		assertThat(events.stream(RepairDecided.class).filter(e -> e.repairId() == repair))
			.singleElement()
			.satisfies(e -> assertThat(e.granted()).isFalse());
		assertThat(events.stream(RecordChanged.class).filter(e -> e.recordId() == record).map(RecordChanged::change))
			.containsExactly(RecordChanged.Change.STORED);
		// a refused application is over: the subject may apply again
		applied(record);
	}
}
