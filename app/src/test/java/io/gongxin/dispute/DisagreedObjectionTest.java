package io.gongxin.dispute;

import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import io.gongxin.GongxinTest;
import io.gongxin.PageSession;
import io.gongxin.TestAccounts;
import io.gongxin.TestClock;
import io.gongxin.catalog.CatalogItem;
import io.gongxin.catalog.Catalogs;
import io.gongxin.stats.StatsEvents;
import io.gongxin.subject.SubjectKey;
import io.gongxin.synthetic.SyntheticPerson;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 14 point 2, R-30a: an objection the person still disputes after verification (仍有异议) is no dead end. The
 * centre reviews it from a list of its own, the dashboard does not count it as closed on time, the record keeps its
 * mark, and the person is told what remains (行政复议, 行政诉讼) with the periods from the settings.
 */
@GongxinTest
class DisagreedObjectionTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestClock clock;

	@Autowired
	Catalogs catalogs;

	@Autowired
	ApplicationEventPublisher publisher;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	JdbcClient jdbc;

	private ResultActions json(MockHttpServletRequestBuilder request, RequestPostProcessor caller, String body)
			throws Exception {
		return mvc.perform(request.with(caller).contentType(MediaType.APPLICATION_JSON).content(body));
	}

	/** The figures once the statistics have heard of the objection's last step (ObjectionDecided). */
	private Map<String, Object> objectionFigures(long objection, String status) throws Exception {
		new StatsEvents(publisher, transactionManager).publishAndSettle(new ObjectionDecided(objection, null,
				new SubjectKey(1), status, null, clock.instant(), null, null, null), jdbc, "objectionId", objection);
		return JsonPath.read(mvc.perform(get("/api/v1/stats/dashboard").with(accounts.center()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(), "$.objections");
	}

	private static long number(Map<String, Object> figures, String key) {
		return ((Number) figures.get(key)).longValue();
	}

	@Test
	@DisplayName("R-30a a disagreed objection, confirmed in two steps, goes to the centre's review list with name, item and statement, is not counted as closed on time, keeps the mark, the person is told of 行政复议 and 行政诉讼, and once reviewed is counted as reviewed")
	void disagreedIsReviewedNotClosed() throws Exception {
		PenalisedPerson penalised = PenalisedPerson.create(mvc, accounts, clock, "dis");
		SyntheticPerson person = penalised.person();
		RequestPostProcessor login = penalised.login();
		long record = penalised.record();
		String statement = "处罚对象不是本人，请复核 " + penalised.username();
		long id = penalised.object(mvc, statement);
		json(post("/api/v1/objections/{id}/comparison", id), accounts.operator(), "{\"matchesProvider\": true}")
			.andExpect(jsonPath("$.status").value("FORWARDED"));
		json(post("/api/v1/objections/{id}/verification", id), accounts.market(), """
				{"upheld": false, "explanation": "经核查处罚决定有效"}""").andExpect(jsonPath("$.status").value("REJECTED"));
		Map<String, Object> answered = objectionFigures(id, "REJECTED");

		// the person still disagrees, on its page
		PageSession own = PageSession.login(mvc, penalised.username(), PenalisedPerson.PASSWORD);
		// issue 14: the first submit says what will happen and decides nothing; only the confirmation does
		String confirm = mvc.perform(post("/me/objections/{id}/disagreement", id).with(own).with(csrf()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		String asked = confirm.substring(confirm.indexOf("id=\"confirm\""), confirm.indexOf("</section>", confirm.indexOf("id=\"confirm\"")));
		assertThat(asked).contains("确认仍有异议", "市信用中心复核", "继续标注“有异议”", "行政复议", "60 日内", "行政诉讼", "6 个月内",
				"action=\"/me/objections/" + id + "/disagreement\"", "name=\"confirmed\" value=\"true\"", "确认仍有异议，请中心复核");
		mvc.perform(get("/api/v1/objections/{id}", id).with(login)).andExpect(jsonPath("$.status").value("REJECTED"));
		mvc.perform(post("/me/objections/{id}/disagreement", id).param("confirmed", "true").with(own).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/api/v1/objections/{id}", id).with(login)).andExpect(jsonPath("$.status").value("DISAGREED"));

		// the dashboard: no longer closed on time, counted apart
		Map<String, Object> disputed = objectionFigures(id, "DISAGREED");
		assertThat(number(disputed, "withinDeadline") + number(disputed, "late"))
			.isEqualTo(number(answered, "withinDeadline") + number(answered, "late") - 1);
		assertThat(number(disputed, "disagreed")).isEqualTo(number(answered, "disagreed") + 1);
		assertThat(number(disputed, "open")).isEqualTo(number(answered, "open"));

		// the centre's review list: who, which item, what the person said
		PageSession centre = PageSession.login(mvc, "t-center", TestAccounts.PASSWORD);
		String console = mvc.perform(get("/console/objections").with(centre)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		String itemName = catalogs.published().item("ADMIN_PENALTY").map(CatalogItem::name).orElseThrow();
		String review = console.substring(console.indexOf("id=\"disagreed\""));
		review = review.substring(0, review.indexOf("</section>"));
		assertThat(review).contains("仍有异议，待中心复核", "data-disagreed=\"" + id + "\"", person.name(), itemName, statement,
				"经核查处罚决定有效");
		assertThat(console).doesNotContain(person.id().value());
		String dashboard = mvc.perform(get("/console").with(centre)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(dashboard).contains("仍有异议待中心复核 " + number(disputed, "disagreed") + " 件");

		// the mark stays on the record (R-30a)
		mvc.perform(get("/api/v1/subjects/{id}/profile", person.id().value()).with(login))
			.andExpect(jsonPath("$.records[?(@.id == " + record + ")].objection.status").value(hasItem("DISAGREED")));

		// the person's page says what remains, in plain words, with the periods from the settings
		String mine = mvc.perform(get("/me/objections").with(own)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(mine).contains("data-remedies=\"" + id + "\"", "行政复议", "60 日内", "行政诉讼", "6 个月内",
				"《中华人民共和国行政诉讼法》第四十六条", "继续标注");
		String english = mvc.perform(get("/me/objections").param("lang", "en").with(own))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(english).contains("administrative reconsideration within 60 days", "administrative lawsuit",
				"within 6 months");

		// once the centre has reviewed it, the dashboard counts it as reviewed, no longer as awaiting review
		mvc.perform(post("/console/objections/{id}/review", id).with(centre).with(csrf())
			.param("conclusion", "复核维持核查结论").param("confirmed", "true")).andExpect(status().is3xxRedirection());
		Map<String, Object> reviewed = objectionFigures(id, "DISAGREED");
		assertThat(number(reviewed, "disagreed")).isEqualTo(number(disputed, "disagreed") - 1);
		assertThat(number(reviewed, "reviewed")).isEqualTo(number(disputed, "reviewed") + 1);
		assertThat(number(reviewed, "withinDeadline") + number(reviewed, "late") + number(reviewed, "open"))
			.isEqualTo(number(disputed, "withinDeadline") + number(disputed, "late") + number(disputed, "open"));
		String after = mvc.perform(get("/console").with(centre)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(after).contains("仍有异议已复核 " + number(reviewed, "reviewed") + " 件", "仍有异议，已复核");
	}
}
