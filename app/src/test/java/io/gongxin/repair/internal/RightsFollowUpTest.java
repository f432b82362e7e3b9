package io.gongxin.repair.internal;

import java.time.LocalDate;
import java.time.ZonedDateTime;

import com.jayway.jsonpath.JsonPath;
import io.gongxin.Eventually;
import io.gongxin.GongxinTest;
import io.gongxin.PageSession;
import io.gongxin.TestAccounts;
import io.gongxin.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 14: a person follows, and may withdraw, a deletion request (R-27b), follows a repair application (R-RP), and
 * is told at every step; each with a person of its own, on the shared platform.
 */
@GongxinTest
class RightsFollowUpTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DueDeletions carryOut;

	String personId;

	String username;

	RequestPostProcessor person;

	@BeforeEach
	void person() {
		TestAccounts.Person fresh = accounts.freshPerson("follow");
		personId = fresh.id();
		username = fresh.username();
		person = httpBasic(username, TestAccounts.PASSWORD);
	}

	private void today(String date) {
		clock.set(ZonedDateTime.parse(date + "T10:00:00+08:00[Asia/Shanghai]"));
	}

	private long record(String item, String fields, String occurredOn) throws Exception {
		String body = mvc.perform(post("/api/v1/records").with(accounts.market()).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"records": [{"item": "%s", "sourceRef": "%s", "subject": {"type": "NATURAL_PERSON", "id": "%s", "name": "钱七"},
					 "occurredOn": "%s", "fields": %s}]}""".formatted(item, username + "-" + item + System.nanoTime(), personId,
					occurredOn, fields)))
			.andReturn().getResponse().getContentAsString();
		return ((Number) JsonPath.read(body, "$.results[0].recordId")).longValue();
	}

	private long commendation() throws Exception {
		return record("COMMENDATION", """
				{"title": "见义勇为先进个人", "awardedBy": "市见义勇为基金会", "awardedOn": "2025-06-18"}""", "2025-06-18");
	}

	private ResultActions json(MockHttpServletRequestBuilder request, RequestPostProcessor caller, String body)
			throws Exception {
		return mvc.perform(request.with(caller).contentType(MediaType.APPLICATION_JSON).content(body));
	}

	private long requestDeletion(long record) throws Exception {
		String body = json(post("/api/v1/deletion-requests"), person, "{\"recordId\": " + record + "}")
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		return ((Number) JsonPath.read(body, "$.id")).longValue();
	}

	@Test
	@DisplayName("R-27b a deletion request waits, withdrawable, until the centre carries it out by the due date; the withdrawal is recorded and refused once done")
	void deletionIsWithdrawableUntilCarriedOut() throws Exception {
		today("2026-11-18");
		long record = commendation();
		String body = json(post("/api/v1/deletion-requests"), person, "{\"recordId\": " + record + "}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("PENDING"))
			.andExpect(jsonPath("$.dueBy").value("2026-11-20"))
			.andExpect(jsonPath("$.carryOutOn").value("2026-11-19"))
			.andReturn().getResponse().getContentAsString();
		long id = ((Number) JsonPath.read(body, "$.id")).longValue();
		// still shown while pending; asking twice is refused
		mvc.perform(get("/api/v1/subjects/{id}/profile", personId).with(person))
			.andExpect(jsonPath("$.records[*].id", hasItem((int) record)));
		json(post("/api/v1/deletion-requests"), person, "{\"recordId\": " + record + "}")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("DELETION_PENDING"));
		mvc.perform(get("/api/v1/deletion-requests").with(person))
			.andExpect(jsonPath("$[?(@.id == " + id + ")].recordName").value(hasItem("表彰奖励信息：见义勇为先进个人")))
			.andExpect(jsonPath("$[?(@.id == " + id + ")].workingDaysLeft").value(hasItem(2)))
			.andExpect(jsonPath("$[?(@.id == " + id + ")].timeline[*].kind").value(
					org.hamcrest.Matchers.contains("DELETION_REQUESTED", "DELETION_WITHDRAWABLE_UNTIL", "DELETION_DUE_BY")));

		// not yours, unknown, then withdrawn by the person, and not twice
		json(post("/api/v1/deletion-requests/{id}/withdrawal", id), httpBasic("person", "person-demo"), "")
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("NOT_OWN_REQUEST"));
		json(post("/api/v1/deletion-requests/{id}/withdrawal", id), accounts.market(), "").andExpect(status().isForbidden());
		json(post("/api/v1/deletion-requests/{id}/withdrawal", Long.MAX_VALUE), person, "")
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("UNKNOWN_DELETION_REQUEST"));
		json(post("/api/v1/deletion-requests/{id}/withdrawal", id), person, "")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("WITHDRAWN"));
		json(post("/api/v1/deletion-requests/{id}/withdrawal", id), person, "")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("NOT_PENDING"));
		assertThat(decisions("DELETION_WITHDRAWN")).isEqualTo(1);

		// asked again, and carried out on its day: gone from every query, the provider told, no withdrawal any more
		long again = requestDeletion(record);
		carryOut.carryOutDue();
		assertThat(stateOf(again)).isEqualTo("PENDING");
		today("2026-11-19");
		carryOut.carryOutDue();
		assertThat(stateOf(again)).isEqualTo("DONE");
		mvc.perform(get("/api/v1/subjects/{id}/profile", personId).with(person))
			.andExpect(jsonPath("$.records[*].id", not(hasItem((int) record))));
		json(post("/api/v1/deletion-requests/{id}/withdrawal", again), person, "")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("NOT_PENDING"));
		// R-27b: the notices are written after each step's commit, from its event
		Eventually.holds(() -> mvc.perform(get("/api/v1/notices").with(accounts.market()))
			.andExpect(jsonPath("$[*].message", hasItem(containsString("见义勇为先进个人")))));
		Eventually.holds(() -> mvc.perform(get("/api/v1/notices").with(person))
			.andExpect(jsonPath("$[*].kind", hasItem("DELETION_REQUESTED")))
			.andExpect(jsonPath("$[*].kind", hasItem("DELETION_WITHDRAWN")))
			.andExpect(jsonPath("$[*].kind", hasItem("DELETION_DONE"))));
	}

	private String stateOf(long deletion) {
		return jdbc.sql("select status from deletion_requests where id = ?").param(deletion).query(String.class).single();
	}

	private int decisions(String decision) {
		return jdbc.sql("select count(*) from query_log where matter = ? and username = ?")
			.params(decision, username)
			.query(Integer.class)
			.single();
	}

	@Test
	@DisplayName("R-27b the page asks for confirmation with the record's name and what will happen, hides a second request, and withdraws")
	void deletionConfirmedAndWithdrawnOnPages() throws Exception {
		today("2026-11-18");
		long record = commendation();
		PageSession session = PageSession.login(mvc, username, TestAccounts.PASSWORD);
		mvc.perform(get("/me").with(session))
			.andExpect(content().string(containsString("/me/deletion-requests/new?recordId=" + record)));
		mvc.perform(get("/me/deletion-requests/new").param("recordId", String.valueOf(record)).with(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("表彰奖励信息：见义勇为先进个人")))
			.andExpect(content().string(containsString("2026-11-19")))
			.andExpect(content().string(containsString("2026-11-20")))
			.andExpect(content().string(containsString("可以")));
		// nothing is asked by looking at the confirmation
		assertThat(jdbc.sql("select count(*) from deletion_requests where record_id = ?").param(record).query(Integer.class)
			.single()).isZero();
		mvc.perform(post("/me/deletion-requests").param("recordId", String.valueOf(record)).with(session).with(csrf()))
			.andExpect(redirectedUrl("/me#repairs"))
			.andExpect(flash().attribute("noticeKey", "me.delete.done"));
		mvc.perform(get("/me").with(session))
			.andExpect(content().string(not(containsString("/me/deletion-requests/new?recordId=" + record))))
			.andExpect(content().string(containsString("删除申请处理中")));
		long id = jdbc.sql("select id from deletion_requests where record_id = ?").param(record).query(Long.class).single();
		mvc.perform(get("/me/repairs").with(session))
			.andExpect(content().string(containsString("表彰奖励信息：见义勇为先进个人")))
			.andExpect(content().string(containsString("法定删除期限")))
			.andExpect(content().string(containsString("/me/deletion-requests/" + id + "/withdrawal")));
		Eventually.holds(() -> mvc.perform(get("/me/notices").with(session))
			.andExpect(content().string(containsString("见义勇为先进个人"))));
		mvc.perform(post("/me/deletion-requests/{id}/withdrawal", id).with(session).with(csrf()))
			.andExpect(redirectedUrl("/me#repairs"))
			.andExpect(flash().attribute("noticeKey", "me.delete.withdrawn"));
		mvc.perform(get("/me/repairs").with(session))
			.andExpect(content().string(containsString("已撤回")))
			.andExpect(content().string(not(containsString("/me/deletion-requests/" + id + "/withdrawal"))));
		mvc.perform(get("/me").with(session))
			.andExpect(content().string(containsString("/me/deletion-requests/new?recordId=" + record)));
	}

	@Test
	@DisplayName("R-RP a pending repair application cannot be made twice; the person follows it by name with the provider's deadline and days left")
	void repairFollowedByName() throws Exception {
		today("2026-11-18");
		long penalty = record("ADMIN_PENALTY", """
				{"decisionNumber": "沪市监罚〔2025〕77号", "penaltyType": "罚款", "violation": "占道经营", "decidedOn": "2025-01-15", "authority": "市市场监督管理局", "amount": 1}""",
				"2025-01-15");
		json(post("/api/v1/repairs"), person, "{\"recordId\": " + penalty + ", \"statement\": \"已缴清罚款\"}")
			.andExpect(status().isCreated());
		json(post("/api/v1/repairs"), person, "{\"recordId\": " + penalty + ", \"statement\": \"再次申请\"}")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("REPAIR_PENDING"));
		PageSession session = PageSession.login(mvc, username, TestAccounts.PASSWORD);
		mvc.perform(get("/me").with(session)).andExpect(content().string(containsString("修复申请审核中")));
		mvc.perform(get("/me/repairs").with(session))
			.andExpect(content().string(containsString("行政处罚信息：沪市监罚〔2025〕77号")))
			.andExpect(content().string(containsString("信息提供单位审核期限")))
			.andExpect(content().string(containsString("2026-11-25")));
		Eventually.holds(() -> mvc.perform(get("/api/v1/notices").with(person))
			.andExpect(jsonPath("$[*].kind", hasItem("REPAIR_APPLIED"))));
		mvc.perform(get("/provider/repairs").with(PageSession.login(mvc, "market", "market-demo")))
			.andExpect(content().string(containsString("行政处罚信息：沪市监罚〔2025〕77号")));
	}
}
