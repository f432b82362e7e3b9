package io.gongxin.web;

import java.time.LocalDate;

import io.gongxin.GongxinTest;
import io.gongxin.PageSession;
import io.gongxin.TestAccounts;
import io.gongxin.platform.FormEcho;
import io.gongxin.subject.Subjects;
import io.gongxin.synthetic.SyntheticOrganisation;
import io.gongxin.synthetic.SyntheticSubjects;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 14 point 8 and the portal search: the centre's lists name who is listed; a failed form comes back to its
 * page with what was typed (never a password or an id number) and the message next to the field.
 */
@GongxinTest
class FormsPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	io.gongxin.TestClock clock;

	@Autowired
	Subjects subjects;

	@Test
	@DisplayName("R-24 the centre's list page shows each entry's name and code, and the removal's reason and date")
	void theListsNameWhoIsListed() throws Exception {
		SyntheticOrganisation company = new SyntheticSubjects(System.nanoTime()).organisation();
		subjects.register(company.code(), company.name());
		PageSession center = PageSession.login(mvc, "t-center", TestAccounts.PASSWORD);
		mvc.perform(post("/console/lists/SERIOUS_DISHONESTY/entries").with(center).with(csrf())
			.param("subjectId", company.code().value()).param("reason", "拒不履行法定义务").param("basis", "沪府规〔2026〕1号")
			.param("decidedOn", LocalDate.now(clock).minusDays(1).toString())
			.param("validUntil", LocalDate.now(clock).plusYears(1).toString()))
			.andExpect(redirectedUrl("/console/lists"));
		String page = page("/console/lists", center);
		String row = row(page, company.code().value());
		assertThat(row).contains(company.name(), "拒不履行法定义务");
		String id = row.replaceAll("(?s).*data-entry=\"(\\d+)\".*", "$1");
		mvc.perform(post("/console/lists/SERIOUS_DISHONESTY/entries/{id}/removal", id).with(center).with(csrf())
			.param("reason", "已履行义务，信用修复")).andExpect(redirectedUrl("/console/lists"));
		assertThat(row(page("/console/lists", center), company.code().value())).contains(company.name(), "已履行义务，信用修复",
				"于 " + LocalDate.now(clock) + " 移出");
	}

	@Test
	@DisplayName("R-24 a validity before the decision has its own message, next to the field, and the form keeps what was typed")
	void aValidityBeforeTheDecisionKeepsTheForm() throws Exception {
		PageSession center = PageSession.login(mvc, "t-center", TestAccounts.PASSWORD);
		String company = new SyntheticSubjects(System.nanoTime()).organisation().code().value();
		MvcResult failed = mvc.perform(post("/console/lists/RED/entries").with(center).with(csrf())
			.header("Referer", "http://localhost/console/lists")
			.param("subjectId", company).param("reason", "连续三年纳税信用A级").param("basis", "沪府规〔2026〕2号")
			.param("decidedOn", "2026-10-01").param("validUntil", "2026-09-01"))
			.andExpect(redirectedUrl("/console/lists")).andReturn();
		String page = mvc.perform(get("/console/lists").with(center).flashAttrs(failed.getFlashMap()))
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("有效期至（2026-09-01）不能早于认定日期（2026-10-01）。").doesNotContain("授权有效期不能早于今天");
		assertThat(page).contains("value=\"" + company + "\"", "value=\"连续三年纳税信用A级\"", "value=\"沪府规〔2026〕2号\"",
				"value=\"2026-10-01\"", "value=\"2026-09-01\"");
		assertThat(page).containsPattern("id=\"l-until-error\" class=\"field-error\"");
		// the form still posts to the list that was chosen
		assertThat(page).contains("action=\"/console/lists/RED/entries\"");
	}

	@Test
	@DisplayName("R-26 an account without an organisation is refused next to the select; the form keeps the rest, never the password")
	void theAccountFormKeepsWhatWasTyped() throws Exception {
		PageSession center = PageSession.login(mvc, "t-center", TestAccounts.PASSWORD);
		String username = "form" + System.nanoTime();
		MvcResult failed = mvc.perform(post("/console/accounts").with(center).with(csrf())
			.header("Referer", "http://localhost/console/accounts")
			.param("username", username).param("password", "secret-password-typed").param("role", "PROVIDER")
			.param("organisation", "").param("subjectId", ""))
			.andExpect(redirectedUrl("/console/accounts")).andReturn();
		String page = mvc.perform(get("/console/accounts").with(center).flashAttrs(failed.getFlashMap()))
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("value=\"" + username + "\"").doesNotContain("secret-password-typed");
		assertThat(page).containsPattern("<option value=\"PROVIDER\" selected=\"selected\">");
		assertThat(page).contains("<p class=\"field-error\">除信息主体外，账户须属于一个已登记的机构。</p>");

		// a weak password with the organisation chosen: the chosen organisation stays chosen
		failed = mvc.perform(post("/console/accounts").with(center).with(csrf())
			.header("Referer", "http://localhost/console/accounts")
			.param("username", username).param("password", "x").param("role", "PROVIDER")
			.param("organisation", "T_TAX").param("subjectId", ""))
			.andExpect(redirectedUrl("/console/accounts")).andReturn();
		page = mvc.perform(get("/console/accounts").with(center).flashAttrs(failed.getFlashMap()))
			.andReturn().getResponse().getContentAsString();
		assertThat(page).containsPattern("<option value=\"T_TAX\"\\s+selected=\"selected\">");
	}

	@Test
	@DisplayName("R-20a a failed authorization keeps the chosen organisation, items and purpose, with the message next to the date")
	void theAuthorizationFormKeepsWhatWasTyped() throws Exception {
		String person = new SyntheticSubjects(System.nanoTime()).person(LocalDate.of(1970, 1, 1), LocalDate.of(1990, 1, 1))
			.id().value();
		String username = "auth" + System.nanoTime();
		mvc.perform(post("/api/v1/accounts").with(accounts.center()).contentType(MediaType.APPLICATION_JSON).content("""
				{"username": "%s", "password": "person-password", "role": "SUBJECT", "subjectId": "%s"}"""
			.formatted(username, person))).andExpect(status().isCreated());
		PageSession session = PageSession.login(mvc, username, "person-password");
		MvcResult failed = mvc.perform(post("/me/authorizations").with(session).with(csrf())
			.header("Referer", "http://localhost/me")
			.param("grantee", "T_AGENCY").param("items", "TAX_ARREARS").param("purpose", "办理贷款")
			.param("validUntil", LocalDate.now(clock).minusDays(1).toString()))
			.andExpect(redirectedUrl("/me")).andReturn();
		String page = mvc.perform(get("/me").with(session).flashAttrs(failed.getFlashMap()))
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("value=\"办理贷款\"", "授权有效期不能早于今天。")
			.containsPattern("<option value=\"T_AGENCY\"\\s+selected=\"selected\">")
			.containsPattern("value=\"TAX_ARREARS\" checked=\"checked\"")
			.containsPattern("<details open=\"open\">");
	}

	@Test
	@DisplayName("R-05 a querier's failed measure check keeps the purpose and the code as typed; an id number is never echoed")
	void theQuerierFormsKeepWhatWasTyped() throws Exception {
		PageSession querier = PageSession.login(mvc, "t-procurement", TestAccounts.PASSWORD);
		MvcResult failed = mvc.perform(post("/querier/measure-check").with(querier).with(csrf())
			.header("Referer", "http://localhost/querier")
			.param("subjectId", "12345").param("matter", "GOV_PROCUREMENT").param("purpose", "政府采购资格审查"))
			.andExpect(redirectedUrl("/querier")).andReturn();
		String page = mvc.perform(get("/querier").with(querier).flashAttrs(failed.getFlashMap()))
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("value=\"12345\"", "value=\"政府采购资格审查\"");

		String person = new SyntheticSubjects(System.nanoTime()).person(LocalDate.of(1970, 1, 1), LocalDate.of(1990, 1, 1))
			.id().value();
		failed = mvc.perform(post("/querier/profile").with(querier).with(csrf())
			.header("Referer", "http://localhost/querier")
			.param("subjectId", person).param("matter", "NOT_A_MATTER").param("purpose", "核查"))
			.andReturn();
		FormEcho typed = (FormEcho) failed.getFlashMap().get("typed");
		assertThat(typed.values()).doesNotContainKey("subjectId").containsEntry("purpose", "核查");
	}

	@Test
	@DisplayName("R-05 the portal search finds names typed with spaces, says why a code is wrong, and says when it shows only the first 50")
	void thePortalSearchSaysWhy() throws Exception {
		String word = "检索" + Long.toString(System.nanoTime(), 36).toUpperCase().replaceAll("[0-9]", "");
		SyntheticSubjects city = new SyntheticSubjects(System.nanoTime());
		for (int i = 0; i < 51; i++) {
			subjects.register(city.organisation().code(), word + "科技第" + i + "有限公司");
		}
		String spaced = mvc.perform(post("/portal/search").with(csrf()).param("q", word + " 科技第7"))
			.andReturn().getResponse().getContentAsString();
		assertThat(spaced).contains(word + "科技第7有限公司").doesNotContain("没有找到");
		String capped = mvc.perform(post("/portal/search").with(csrf()).param("q", word))
			.andReturn().getResponse().getContentAsString();
		assertThat(capped).contains("仅显示前 50 条，请缩小范围。");
		assertThat(capped.split("/portal/subjects/", -1)).hasSize(51);

		String code = city.organisation().code().value();
		char last = code.charAt(17);
		String wrong = code.substring(0, 17) + (last == '0' ? '1' : '0');
		String answer = mvc.perform(post("/portal/search").with(csrf()).param("q", wrong))
			.andReturn().getResponse().getContentAsString();
		assertThat(answer).contains("统一社会信用代码校验位不正确").doesNotContain("没有找到");
	}

	private String page(String path, PageSession session) throws Exception {
		return mvc.perform(get(path).with(session)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
	}

	/** The table row of the page that holds the text. */
	private static String row(String page, String text) {
		for (String row : page.split("<tr")) {
			if (row.contains(text)) {
				return row;
			}
		}
		throw new AssertionError("no row with " + text);
	}
}
