package io.gongxin.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.gongxin.GongxinTest;
import io.gongxin.PageSession;
import io.gongxin.TestAccounts;
import io.gongxin.account.Accounts;
import io.gongxin.account.Organisation;
import io.gongxin.account.Role;
import io.gongxin.catalog.CatalogDocument;
import io.gongxin.catalog.CatalogItem;
import io.gongxin.catalog.Catalogs;
import io.gongxin.catalog.Category;
import io.gongxin.catalog.Disclosure;
import io.gongxin.catalog.Matter;
import io.gongxin.catalog.Measure;
import io.gongxin.query.QueryFixture;
import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Pages say words, not codes (issue 14): what a person reads names items, matters, measures, organisations,
 * states and periods in their language; a problem's code only in its small 详情 line.
 */
@GongxinTest
class WordsOnPagesTest {

	/** An ISO-8601 period such as P5Y or P3M, as the catalog stores them. */
	private static final Pattern ISO_PERIOD = Pattern.compile("(?<![A-Za-z0-9_])P\\d+[YMWD](\\d+[MD])*(?![A-Za-z0-9_])");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Catalogs catalogs;

	@Autowired
	Accounts organisations;

	@BeforeEach
	void fixture() throws Exception {
		QueryFixture.ensure(mvc, accounts);
	}

	@Test
	@DisplayName("R-15 every page each role reads shows names, never an item, matter, measure, organisation or state code, an ISO period or an API path")
	void pagesShowWordsNotCodes() throws Exception {
		Set<String> codes = codes();
		Map<String, List<String>> pages = Map.of(
				"", List.of("/", "/portal/catalog", "/portal/lists", "/portal/verify", "/login",
						"/portal/subjects/" + QueryFixture.COMPANY),
				QueryFixture.PERSON_ACCOUNT, List.of("/me", "/me/queries", "/me/objections", "/account", "/reports/mine/preview"),
				"t-tax", List.of("/provider", "/provider/objections", "/provider/repairs"),
				"t-procurement", List.of("/querier"),
				"t-center", List.of("/console", "/console/audit", "/console/lists", "/console/objections",
						"/console/catalog", "/console/calendar"),
				"t-auditor", List.of("/console"));
		List<String> found = new ArrayList<>();
		for (Map.Entry<String, List<String>> reader : pages.entrySet()) {
			PageSession session = reader.getKey().isEmpty() ? null
					: PageSession.login(mvc, reader.getKey(),
							reader.getKey().equals(QueryFixture.PERSON_ACCOUNT) ? "person-password" : TestAccounts.PASSWORD);
			for (String page : reader.getValue()) {
				for (String lang : List.of("zh_CN", "en")) {
					var request = get(page).param("lang", lang);
					String html = mvc.perform(session == null ? request : request.with(session))
						.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
					rawCodesIn(withoutOrganisationNames(visibleText(html)), codes).forEach(code -> found.add(page + " (" + lang + "): " + code));
				}
			}
		}
		assertThat(found).isEmpty();
	}

	@Test
	@DisplayName("the accounts list names each account's organisation")
	void accountsListNamesOrganisations() throws Exception {
		String html = page("/console/accounts", PageSession.login(mvc, "t-center", TestAccounts.PASSWORD));
		String list = html.substring(html.indexOf("<tbody"));
		assertThat(visibleText(list)).contains("测试机构 T_TAX");
		assertThat(withoutOrganisationNames(visibleText(list))).doesNotContain("T_TAX", "T_PROC", "T_CENTER");
	}

	@Test
	@DisplayName("R-15 the public catalog names items, fields and matters in English on an English page, periods in words")
	void catalogInEnglishAndChinese() throws Exception {
		String zh = visibleText(mvc.perform(get("/portal/catalog").param("lang", "zh_CN")).andReturn().getResponse()
			.getContentAsString());
		assertThat(zh).contains("行政处罚信息", "处罚机关", "政府采购", "5 年").doesNotContain("P5Y", "Administrative penalties");
		String en = visibleText(mvc.perform(get("/portal/catalog").param("lang", "en")).andReturn().getResponse()
			.getContentAsString());
		assertThat(en).contains("Administrative penalties", "Penalising authority", "Government procurement", "5 years")
			.doesNotContain("行政处罚信息", "P5Y");
		// a catalog version without English names still reads: the Chinese name stands in
		CatalogItem penalty = catalogs.published().item("ADMIN_PENALTY").orElseThrow();
		assertThat(penalty.nameIn(java.util.Locale.ENGLISH)).isEqualTo("Administrative penalties");
		CatalogItem unnamed = new tools.jackson.databind.ObjectMapper().readValue(
				"{\"code\": \"X\", \"name\": \"某信息\", \"fields\": [{\"name\": \"a\", \"label\": \"甲\"}]}", CatalogItem.class);
		assertThat(unnamed.nameIn(java.util.Locale.ENGLISH)).isEqualTo("某信息");
		assertThat(unnamed.fields().get(0).labelIn(java.util.Locale.ENGLISH)).isEqualTo("甲");
	}

	@Test
	@DisplayName("a problem after an action shows its message, then a small 详情 line with its code and the request id")
	void problemShowsMessageThenDetails() throws Exception {
		PageSession center = PageSession.login(mvc, "t-center", TestAccounts.PASSWORD);
		MvcResult refused = mvc.perform(post("/console/accounts/t-center/disable").param("reason", "试一试")
			.header("Referer", "http://localhost/console/accounts").with(center)
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
			.andExpect(status().is3xxRedirection()).andReturn();
		String html = mvc.perform(get("/console/accounts").with(center).flashAttrs(refused.getFlashMap()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		String problem = html.substring(html.indexOf("class=\"problem\""), html.indexOf("</div>", html.indexOf("class=\"problem\"")));
		String message = visibleText(problem.substring(0, problem.indexOf("problem-details")));
		assertThat(message).contains("不能停用").doesNotContain("CANNOT_DISABLE_SELF");
		assertThat(visibleText(problem.substring(problem.indexOf("problem-details")))).contains("详情", "CANNOT_DISABLE_SELF");
	}

	@Test
	@DisplayName("an error page read by a signed-in person shows their name and 退出, not 登录")
	void errorPageKnowsTheSignedInReader() throws Exception {
		PageSession person = PageSession.login(mvc, QueryFixture.PERSON_ACCOUNT, "person-password");
		String html = mvc.perform(get("/error").with(person).accept(MediaType.TEXT_HTML)
			.requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 404)).andReturn().getResponse().getContentAsString();
		String header = visibleText(html.substring(html.indexOf("<header"), html.indexOf("</header>")));
		assertThat(header).contains(QueryFixture.PERSON_ACCOUNT, "退出", "我的信用").doesNotContain("登录");
		String anonymous = mvc.perform(get("/error").accept(MediaType.TEXT_HTML)
			.requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 404)).andReturn().getResponse().getContentAsString();
		assertThat(visibleText(anonymous.substring(anonymous.indexOf("<header"), anonymous.indexOf("</header>"))))
			.contains("登录").doesNotContain("退出");
	}

	@Test
	@DisplayName("the login page leads home and says truthfully how a person gets an account")
	void loginPageLeadsHomeAndExplainsAccounts() throws Exception {
		String html = page("/login", null);
		assertThat(html).contains("href=\"/\"");
		assertThat(visibleText(html)).contains("返回首页", "不开放自行注册", "由市信用中心核实身份后开设", "无需登录");
	}

	@Test
	@DisplayName("R-34 the verify page compares a typed or pasted digest itself and says 一致 or 不一致")
	void verifyPageComparesTheDigest() throws Exception {
		String report = mvc.perform(get("/reports/subject").param("id", QueryFixture.COMPANY).accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		Matcher number = Pattern.compile("GX\\d{8}-[0-9A-Z]{10}").matcher(report);
		Matcher digest = Pattern.compile("[0-9a-f]{64}").matcher(report);
		assertThat(number.find()).isTrue();
		assertThat(digest.find()).isTrue();
		String typed = digest.group().toUpperCase(java.util.Locale.ROOT).replaceAll("(.{8})", "$1 \n");
		String same = visibleText(mvc.perform(get("/portal/verify").param("number", number.group()).param("digest", typed))
			.andReturn().getResponse().getContentAsString());
		assertThat(same).contains("一致：").doesNotContain("不一致");
		String altered = digest.group().substring(0, 63) + (digest.group().endsWith("0") ? "1" : "0");
		String different = visibleText(mvc.perform(get("/portal/verify").param("number", number.group()).param("digest", altered))
			.andReturn().getResponse().getContentAsString());
		assertThat(different).contains("不一致");
		// the digest is shown in groups of eight, so the eye finds its place and the line wraps
		assertThat(same).contains(digest.group().substring(0, 8) + " " + digest.group().substring(8, 16));
	}

	private String page(String path, PageSession session) throws Exception {
		var request = get(path);
		return mvc.perform(session == null ? request : request.with(session)).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
	}

	/** Every code a page could leak: items, matters, measures, organisations, roles, catalog and enum states. */
	private Set<String> codes() {
		CatalogDocument catalog = catalogs.published();
		Set<String> codes = new LinkedHashSet<>();
		catalog.items().forEach(i -> codes.add(i.code()));
		for (Matter matter : catalog.matters()) {
			codes.add(matter.code());
			matter.measures().stream().map(Measure::code).forEach(codes::add);
		}
		organisations.organisations().stream().map(Organisation::code).forEach(codes::add);
		for (Enum<?>[] values : List.<Enum<?>[]>of(Role.values(), Category.values(), Disclosure.values(),
				Catalogs.Status.values())) {
			for (Enum<?> value : values) {
				codes.add(value.name());
			}
		}
		codes.addAll(List.of("RECORD_READ", "MEASURE_CHECK", "BATCH_QUERY", "NON_PUBLIC"));
		return codes;
	}

	/** The test organisations' names contain their codes ("测试机构 T_TAX"): a name is a word, not a code. */
	private String withoutOrganisationNames(String text) {
		for (Organisation organisation : organisations.organisations()) {
			text = text.replace(organisation.name(), " ");
		}
		return text;
	}

	private static List<String> rawCodesIn(String text, Set<String> codes) {
		List<String> found = new ArrayList<>();
		for (String code : codes) {
			if (Pattern.compile("(?<![A-Za-z0-9_])" + Pattern.quote(code) + "(?![A-Za-z0-9_])").matcher(text).find()) {
				found.add(code);
			}
		}
		Matcher period = ISO_PERIOD.matcher(text);
		while (period.find()) {
			found.add(period.group());
		}
		if (text.contains("/api/")) {
			found.add("an API path");
		}
		return found;
	}

	/**
	 * What a reader sees: the page's text without scripts, styles, the head, tag attributes, and the two small
	 * lines that hold a code on purpose: a problem's 详情 line and the catalog's code for providers' submissions.
	 */
	static String visibleText(String html) {
		String text = html.replaceAll("(?s)<head.*?</head>", " ")
			.replaceAll("(?s)<script.*?</script>", " ")
			.replaceAll("(?s)<style.*?</style>", " ")
			.replaceAll("(?s)<p[^>]*class=\"muted (problem-details|technical)\".*?</p>", " ")
			.replaceAll("(?s)<[^>]*>", " ");
		return text.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
			.replace("&#39;", "'").replaceAll("\\s+", " ");
	}
}
