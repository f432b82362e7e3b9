package io.gongxin.dispute;

import java.time.LocalDate;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import io.gongxin.Eventually;
import io.gongxin.GongxinTest;
import io.gongxin.PageSession;
import io.gongxin.TestAccounts;
import io.gongxin.TestClock;
import io.gongxin.synthetic.SyntheticPerson;
import io.gongxin.synthetic.SyntheticSubjects;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 14 points 1, 2 and 9: an objection's own page for the centre, the provider it was forwarded to and the
 * person who filed it (record as published, whose, statement, evidence, timeline); decisions confirmed in a second
 * step, a correction edited field by field against the record; the centre's review of a disputed objection; the
 * person told at every step.
 */
@GongxinTest
class ObjectionCasePagesTest {

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestClock clock;

	final SyntheticSubjects synthetic = new SyntheticSubjects(System.nanoTime());

	/** A person with an account, a penalty from the market regulator, and an objection to it with evidence. */
	record Case(SyntheticPerson person, String username, RequestPostProcessor api, PageSession page, long record,
			long objection, String statement) {
	}

	private Case filed() throws Exception {
		SyntheticPerson person = synthetic.person(LocalDate.of(1970, 1, 1), LocalDate.of(1990, 1, 1));
		String username = "oc" + System.nanoTime();
		json(post("/api/v1/accounts"), accounts.center(), """
				{"username": "%s", "password": "person-password", "role": "SUBJECT", "subjectId": "%s"}"""
			.formatted(username, person.id().value())).andExpect(status().isCreated());
		String ref = "oc-" + System.nanoTime();
		String occurred = LocalDate.now(clock).minusDays(30).toString();
		String body = json(post("/api/v1/records"), accounts.market(), """
				{"records": [{"item": "ADMIN_PENALTY", "sourceRef": "%s", "subject": {"type": "NATURAL_PERSON", "id": "%s",
				 "name": "%s"}, "occurredOn": "%s", "fields": {"decisionNumber": "沪市监罚〔2026〕%s号", "penaltyType": "罚款",
				 "decidedOn": "%s", "authority": "市市场监督管理局", "amount": 2}}]}"""
			.formatted(ref, person.id().value(), person.name(), occurred, ref, occurred))
			.andReturn().getResponse().getContentAsString();
		long record = ((Number) JsonPath.read(body, "$.results[0].recordId")).longValue();
		PageSession page = PageSession.login(mvc, username, "person-password");
		String statement = "罚款金额记载有误，应为 1 万元 " + ref;
		mvc.perform(post("/me/objections").with(page).with(csrf()).param("recordId", String.valueOf(record))
			.param("reason", "ERROR_OR_OMISSION").param("statement", statement)).andExpect(redirectedUrl("/me#objections"));
		RequestPostProcessor api = httpBasic(username, "person-password");
		List<Integer> ids = JsonPath.read(mvc.perform(get("/api/v1/objections").with(api))
			.andReturn().getResponse().getContentAsString(), "$[*].id");
		long objection = ids.get(0);
		mvc.perform(multipart("/me/objections/{id}/attachments", objection)
			.file(new MockMultipartFile("file", "缴款凭证.png", "image/png", PNG)).with(page).with(csrf()))
			.andExpect(redirectedUrl("/me/objections/" + objection));
		return new Case(person, username, api, page, record, objection, statement);
	}

	private ResultActions json(MockHttpServletRequestBuilder request, RequestPostProcessor caller, String body)
			throws Exception {
		return mvc.perform(request.with(caller).contentType(MediaType.APPLICATION_JSON).content(body));
	}

	private String page(String path, RequestPostProcessor session) throws Exception {
		return mvc.perform(get(path).with(session)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
	}

	private String objectionStatus(Case c) throws Exception {
		return JsonPath.read(mvc.perform(get("/api/v1/objections/{id}", c.objection()).with(accounts.center()))
			.andReturn().getResponse().getContentAsString(), "$.status");
	}

	private List<String> notices(Case c) throws Exception {
		return JsonPath.read(mvc.perform(get("/api/v1/notices").with(c.api())).andReturn().getResponse()
			.getContentAsString(), "$[*].message");
	}

	@Test
	@DisplayName("R-28 R-29a the centre's objection page shows the record as published, the subject (id masked), the statement, the evidence and the timeline with the working days left; the queue names item and subject")
	void centreSeesTheWholeCase() throws Exception {
		Case c = filed();
		PageSession centre = PageSession.login(mvc, "t-operator", TestAccounts.PASSWORD);
		String queue = page("/console/objections", centre);
		String row = queue.substring(queue.indexOf("data-objection=\"" + c.objection() + "\""));
		row = row.substring(0, row.indexOf("</tr>"));
		assertThat(row).contains("行政处罚信息", c.person().name(), "/console/objections/" + c.objection())
			.doesNotContain("转交核查");

		String page = page("/console/objections/" + c.objection(), centre);
		assertThat(page).contains(c.person().name(), "决定书文号", "处罚机关", "市市场监督管理局", "罚款金额（万元）", c.statement(),
				"缴款凭证.png", "/console/objections/" + c.objection() + "/attachments/", "异议已受理", "收到证明材料",
				"剩 ", "个工作日", "name=\"f.amount\"", "与提供单位数据一致，转交核查")
			.doesNotContain(c.person().id().value());
	}

	@Test
	@DisplayName("R-29b forwarding is confirmed in a second step: the first submit repeats what will happen and changes nothing")
	void forwardingIsConfirmed() throws Exception {
		Case c = filed();
		PageSession centre = PageSession.login(mvc, "t-center", TestAccounts.PASSWORD);
		String confirm = mvc.perform(post("/console/objections/{id}/comparison", c.objection()).with(centre).with(csrf())
			.param("matchesProvider", "true")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(confirm).contains("id=\"confirm\"", "请确认", "转交", "市场监督", "5 个工作日", "确认转交核查",
				"name=\"confirmed\" value=\"true\"");
		assertThat(objectionStatus(c)).isEqualTo("RECEIVED");

		mvc.perform(post("/console/objections/{id}/comparison", c.objection()).with(centre).with(csrf())
			.param("matchesProvider", "true").param("confirmed", "true"))
			.andExpect(redirectedUrl("/console/objections/" + c.objection()));
		assertThat(objectionStatus(c)).isEqualTo("FORWARDED");
		Eventually.holds(() -> assertThat(notices(c)).anyMatch(n -> n.contains("行政处罚信息") && n.contains("已转交提供单位核查")));
	}

	@Test
	@DisplayName("R-29b a confirmed decision that fails goes back to the objection's page with the reason, not to the confirmation's address (which takes no GET)")
	void aFailedConfirmationGoesBackToTheCase() throws Exception {
		Case c = filed();
		PageSession centre = PageSession.login(mvc, "t-center", TestAccounts.PASSWORD);
		String confirm = mvc.perform(post("/console/objections/{id}/comparison", c.objection()).with(centre).with(csrf())
			.param("matchesProvider", "true")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(confirm).contains("name=\"returnTo\" value=\"/console/objections/" + c.objection() + "\"");
		mvc.perform(post("/console/objections/{id}/comparison", c.objection()).with(centre).with(csrf())
			.param("matchesProvider", "true").param("confirmed", "true"))
			.andExpect(redirectedUrl("/console/objections/" + c.objection()));
		// the same confirmation sent again (a second tab, a double click): refused, and the reader is taken back to the case
		String comparison = "http://localhost/console/objections/" + c.objection() + "/comparison";
		mvc.perform(post("/console/objections/{id}/comparison", c.objection()).with(centre).with(csrf())
			.param("matchesProvider", "true").param("confirmed", "true")
			.param("returnTo", "/console/objections/" + c.objection()).header("Referer", comparison))
			.andExpect(redirectedUrl("/console/objections/" + c.objection()))
			.andExpect(flash().attributeExists("problem"));
		// a returnTo that leaves the site is not followed
		mvc.perform(post("/console/objections/{id}/comparison", c.objection()).with(centre).with(csrf())
			.param("matchesProvider", "true").param("confirmed", "true").param("returnTo", "//evil.example/x")
			.header("Referer", "http://localhost/console/objections/" + c.objection()))
			.andExpect(redirectedUrl("/console/objections/" + c.objection()));
		assertThat(objectionStatus(c)).isEqualTo("FORWARDED");
	}

	@Test
	@DisplayName("R-29a a correction shows each field as published beside an input; a bad value keeps what was typed with the message at its field and changes nothing; a good one is confirmed, then made")
	void correctionFieldByField() throws Exception {
		Case c = filed();
		PageSession centre = PageSession.login(mvc, "t-center", TestAccounts.PASSWORD);
		String bad = mvc.perform(post("/console/objections/{id}/comparison", c.objection()).with(centre).with(csrf())
			.param("matchesProvider", "false").param("f.amount", "一万元").param("f.violation", "未按规定公示"))
			.andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
		String amount = bad.substring(bad.indexOf("data-field=\"amount\""));
		amount = amount.substring(0, amount.indexOf("</tr>"));
		assertThat(amount).contains("value=\"一万元\"", "aria-invalid=\"true\"", "class=\"error\"", "罚款金额（万元）：应为数字").doesNotContain("fields.amount");
		assertThat(bad).contains("value=\"未按规定公示\"").doesNotContain("id=\"confirm\"");

		String none = mvc.perform(post("/console/objections/{id}/comparison", c.objection()).with(centre).with(csrf())
			.param("matchesProvider", "false")).andExpect(status().isBadRequest()).andReturn().getResponse()
			.getContentAsString();
		assertThat(none).contains("没有修改任何字段");

		String confirm = mvc.perform(post("/console/objections/{id}/comparison", c.objection()).with(centre).with(csrf())
			.param("matchesProvider", "false").param("f.amount", "1")).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		String changes = confirm.substring(confirm.indexOf("id=\"changes\""));
		changes = changes.substring(0, changes.indexOf("</table>"));
		assertThat(changes).contains("罚款金额（万元）", "<td>2</td>", "<strong>1</strong>").doesNotContain("决定书文号");
		assertThat(confirm).contains("确认更正", "name=\"f.amount\" value=\"1\"");
		assertThat(objectionStatus(c)).isEqualTo("RECEIVED");

		mvc.perform(post("/console/objections/{id}/comparison", c.objection()).with(centre).with(csrf())
			.param("matchesProvider", "false").param("f.amount", "1").param("confirmed", "true"))
			.andExpect(redirectedUrl("/console/objections/" + c.objection()));
		assertThat(objectionStatus(c)).isEqualTo("CORRECTED");
		mvc.perform(get("/api/v1/subjects/{id}/profile", c.person().id().value()).with(c.api()))
			.andExpect(jsonPath("$.records[?(@.id == " + c.record() + ")].fields.amount", hasItem(1)));
		assertThat(page("/me/objections/" + c.objection(), c.page())).contains("中心比对后已更正");
	}

	@Test
	@DisplayName("R-29b the provider's page is its own forwarded objection's only: the answer is confirmed, another provider, another person and an auditor are refused, evidence downloads with its type and nosniff")
	void whoSeesTheCase() throws Exception {
		Case c = filed();
		PageSession market = PageSession.login(mvc, "market", "market-demo");
		json(post("/api/v1/objections/{id}/comparison", c.objection()), accounts.operator(), "{\"matchesProvider\": true}")
			.andExpect(jsonPath("$.status").value("FORWARDED"));

		String provider = page("/provider/objections/" + c.objection(), market);
		assertThat(provider).contains(c.person().name(), c.statement(), "缴款凭证.png", "提供单位核查并答复", "剩 ",
				"提交答复", "name=\"f.amount\"", "form=\"answer-form\"").doesNotContain(c.person().id().value());
		PageSession tax = PageSession.login(mvc, "tax", "tax-demo");
		mvc.perform(get("/provider/objections/{id}", c.objection()).with(tax)).andExpect(status().isNotFound());
		PageSession auditor = PageSession.login(mvc, "t-auditor", TestAccounts.PASSWORD);
		mvc.perform(get("/console/objections/{id}", c.objection()).with(auditor)).andExpect(status().isForbidden());
		Case other = filed();
		mvc.perform(get("/me/objections/{id}", c.objection()).with(other.page())).andExpect(status().isNotFound());

		String attachment = provider.replaceAll("(?s).*/provider/objections/\\d+/attachments/([0-9a-f-]{36}).*", "$1");
		for (PageSession who : List.of(market, c.page(), PageSession.login(mvc, "t-center", TestAccounts.PASSWORD))) {
			String base = who == market ? "/provider" : who == c.page() ? "/me" : "/console";
			mvc.perform(get(base + "/objections/{id}/attachments/{a}", c.objection(), attachment).with(who))
				.andExpect(status().isOk())
				.andExpect(header().string("Content-Type", "image/png"))
				.andExpect(header().string("X-Content-Type-Options", "nosniff"))
				.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment;")));
		}
		mvc.perform(get("/provider/objections/{id}/attachments/{a}", c.objection(), attachment).with(tax))
			.andExpect(status().isNotFound());
		mvc.perform(get("/me/objections/{id}/attachments/{a}", c.objection(), attachment).with(other.page()))
			.andExpect(status().isNotFound());

		String confirm = mvc.perform(post("/provider/objections/{id}/verification", c.objection()).with(market).with(csrf())
			.param("upheld", "false").param("explanation", "经核对处罚决定书，记载无误。")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(confirm).contains("确认异议不成立", "经核对处罚决定书，记载无误。");
		assertThat(objectionStatus(c)).isEqualTo("FORWARDED");
		mvc.perform(post("/provider/objections/{id}/verification", c.objection()).with(market).with(csrf())
			.param("upheld", "false").param("explanation", "经核对处罚决定书，记载无误。").param("confirmed", "true"))
			.andExpect(redirectedUrl("/provider/objections/" + c.objection()));
		assertThat(objectionStatus(c)).isEqualTo("REJECTED");
	}

	@Test
	@DisplayName("R-29b the provider upholds with a correction edited field by field: a bad value is refused at its field, the correction is confirmed, then the record is corrected and stays shown")
	void providerUpholdsWithACorrection() throws Exception {
		Case c = filed();
		json(post("/api/v1/objections/{id}/comparison", c.objection()), accounts.operator(), "{\"matchesProvider\": true}");
		PageSession market = PageSession.login(mvc, "market", "market-demo");
		String bad = mvc.perform(post("/provider/objections/{id}/verification", c.objection()).with(market).with(csrf())
			.param("upheld", "true").param("explanation", "金额录入有误").param("f.amount", "一万"))
			.andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
		assertThat(bad).contains("value=\"一万\"", "罚款金额（万元）：应为数字").doesNotContain("id=\"confirm\"");
		String confirm = mvc.perform(post("/provider/objections/{id}/verification", c.objection()).with(market)
			.with(csrf()).param("upheld", "true").param("explanation", "金额录入有误").param("f.amount", "1"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(confirm).contains("确认异议成立并更正", "<strong>1</strong>", "name=\"f.amount\" value=\"1\"");
		assertThat(objectionStatus(c)).isEqualTo("FORWARDED");
		mvc.perform(post("/provider/objections/{id}/verification", c.objection()).with(market).with(csrf())
			.param("upheld", "true").param("explanation", "金额录入有误").param("f.amount", "1").param("confirmed", "true"))
			.andExpect(redirectedUrl("/provider/objections/" + c.objection()));
		assertThat(objectionStatus(c)).isEqualTo("UPHELD");
		mvc.perform(get("/api/v1/subjects/{id}/profile", c.person().id().value()).with(c.api()))
			.andExpect(jsonPath("$.records[?(@.id == " + c.record() + ")].fields.amount", hasItem(1)));
	}

	@Test
	@DisplayName("R-28 R-30a the person follows the case by the item's name with the working days left, sees its statement and evidence, is not offered 提出异议 again, and is told at every step up to the centre's review, which keeps the mark")
	void personFollowsToTheReview() throws Exception {
		Case c = filed();
		String mine = page("/me/objections/" + c.objection(), c.page());
		assertThat(mine).contains("异议 " + c.objection() + "：行政处罚信息", c.statement(), "缴款凭证.png",
				"/me/objections/" + c.objection() + "/attachments/", "市信用中心将记录与提供单位报送的数据比对", "剩 ",
				"期限按工作日计算").doesNotContain("记录 " + c.record());
		String english = mvc.perform(get("/me/objections/{id}", c.objection()).param("lang", "en").with(c.page()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(english).contains("Progress", "Objection received", "The person’s statement", "Evidence", "working days");
		String list = page("/me/objections", c.page());
		assertThat(list).contains("行政处罚信息", "/me/objections/" + c.objection());
		String me = page("/me", c.page());
		String row = me.substring(me.indexOf("data-record=\"" + c.record() + "\""));
		row = row.substring(0, row.indexOf("</tr>"));
		assertThat(row).contains("异议处理中（查看进度）").doesNotContain("提交异议");

		json(post("/api/v1/objections/{id}/comparison", c.objection()), accounts.operator(), "{\"matchesProvider\": true}");
		json(post("/api/v1/objections/{id}/verification", c.objection()), accounts.market(),
				"{\"upheld\": false, \"explanation\": \"记载无误\"}");
		mvc.perform(post("/me/objections/{id}/disagreement", c.objection()).param("confirmed", "true").with(c.page())
			.with(csrf())).andExpect(status().is3xxRedirection());

		PageSession centre = PageSession.login(mvc, "t-center", TestAccounts.PASSWORD);
		String review = page("/console/objections/" + c.objection(), centre);
		assertThat(review).contains("id=\"review\"", "复核完成", "记载无误", "市信用中心复核");
		assertThat(review.substring(review.indexOf("id=\"timeline\""))).doesNotContain("个工作日<");
		mvc.perform(post("/console/objections/{id}/review", c.objection()).with(centre).with(csrf())
			.param("conclusion", " ").header("Referer", "http://localhost/console/objections/" + c.objection()))
			.andExpect(redirectedUrl("/console/objections/" + c.objection()));
		String confirm = mvc.perform(post("/console/objections/{id}/review", c.objection()).with(centre).with(csrf())
			.param("conclusion", "复核维持提供单位的核查结论")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(confirm).contains("确认复核完成", "继续标注");
		mvc.perform(post("/console/objections/{id}/review", c.objection()).with(centre).with(csrf())
			.param("conclusion", "复核维持提供单位的核查结论").param("confirmed", "true"))
			.andExpect(redirectedUrl("/console/objections/" + c.objection()));
		mvc.perform(post("/console/objections/{id}/review", c.objection()).with(centre).with(csrf())
			.param("conclusion", "再次复核").param("confirmed", "true")
			.header("Referer", "http://localhost/console/objections/" + c.objection()))
			.andExpect(redirectedUrl("/console/objections/" + c.objection()));

		assertThat(objectionStatus(c)).isEqualTo("DISAGREED");
		mvc.perform(get("/api/v1/subjects/{id}/profile", c.person().id().value()).with(c.api()))
			.andExpect(jsonPath("$.records[?(@.id == " + c.record() + ")].objection.status").value(hasItem("DISAGREED")));
		String queue = page("/console/objections", centre);
		assertThat(queue).doesNotContain("data-disagreed=\"" + c.objection() + "\"");
		assertThat(page("/me/objections/" + c.objection(), c.page())).contains("中心复核完成。结论：复核维持提供单位的核查结论",
				"信息主体对处理结果仍有异议", "提供单位核查：异议不成立。说明：记载无误", "行政复议").doesNotContain("再次复核");
		// R-28 to R-30a: each step's notice is written after its commit, from its event
		Eventually.holds(() -> {
			List<String> told = notices(c);
			for (String step : List.of("异议已受理", "证明材料“缴款凭证.png”已收到", "已转交提供单位核查", "异议不成立", "已转市信用中心复核",
					"复核结论：复核维持提供单位的核查结论")) {
				assertThat(told).as(step).anyMatch(n -> n.contains(step));
			}
			assertThat(told).noneMatch(n -> n.contains("记录 " + c.record()));
		});
	}

	@Test
	@DisplayName("R-28 R-29a the demo city has an open objection with evidence and a disputed one awaiting the centre's review")
	void demoObjections() throws Exception {
		PageSession centre = PageSession.login(mvc, "t-center", TestAccounts.PASSWORD);
		String queue = page("/console/objections", centre);
		assertThat(queue).contains("侵犯隐私或商业秘密", "data-disagreed=");
		String id = queue.replaceAll("(?s).*data-objection=\"(\\d+)\"[^<]*<td>[^<]*</td><td><span>行政处罚信息</span>(?:(?!</tr>).)*侵犯隐私或商业秘密.*", "$1");
		String open = page("/console/objections/" + id, centre);
		assertThat(open).contains("供应商合同（商业秘密）.png", "商业秘密");
	}
}
