package io.gongxin.query;

import io.gongxin.PageSession;

import java.util.ArrayList;
import java.util.List;

import io.gongxin.GongxinTest;
import io.gongxin.TestAccounts;
import io.gongxin.account.Organisation;
import io.gongxin.account.Accounts;
import io.gongxin.account.NewAccount;
import io.gongxin.account.Role;
import io.gongxin.catalog.CatalogDocument;
import io.gongxin.catalog.Catalogs;
import io.gongxin.catalog.Matter;
import io.gongxin.synthetic.SyntheticSubjects;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The application list's grants: a government querier declares only a matter granted to it. */
@GongxinTest
class MatterGrantsApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Accounts accountService;

	@Autowired
	Catalogs catalogs;

	String company;

	@BeforeEach
	void setUp() throws Exception {
		company = new SyntheticSubjects(System.nanoTime()).organisation().code().value();
		mvc.perform(post("/api/v1/records").with(accounts.market()).contentType(MediaType.APPLICATION_JSON).content("""
				{"records": [{"item": "ADMIN_PENALTY", "sourceRef": "grant-%s", "subject": {"type": "LEGAL_PERSON", "id": "%s"},
				 "occurredOn": "2024-03-01", "fields": {"decisionNumber": "沪市监罚〔2024〕7号", "penaltyType": "罚款",
				 "decidedOn": "2024-03-01", "authority": "市市场监督管理局"}}]}""".formatted(company, company)))
			.andExpect(jsonPath("$.accepted").value(1));
	}

	private ResultActions profile(RequestPostProcessor who, String matter) throws Exception {
		return mvc.perform(get("/api/v1/subjects/{id}/profile", company).with(who).param("matter", matter)
			.param("purpose", "资格审查"));
	}

	private ResultActions profileQuery(RequestPostProcessor who, String matter) throws Exception {
		return mvc.perform(post("/api/v1/subjects/profile-queries").with(who).contentType(MediaType.APPLICATION_JSON)
			.content("{\"subjectId\": \"%s\", \"matter\": \"%s\", \"purpose\": \"资格审查\"}".formatted(company, matter)));
	}

	private ResultActions measureCheck(RequestPostProcessor who, String matter) throws Exception {
		return mvc.perform(post("/api/v1/measure-checks").with(who).contentType(MediaType.APPLICATION_JSON)
			.content("{\"subjectId\": \"%s\", \"matter\": \"%s\"}".formatted(company, matter)));
	}

	private ResultActions evaluation(RequestPostProcessor who, String matter) throws Exception {
		return mvc.perform(get("/api/v1/subjects/{id}/evaluation", company).with(who).param("matter", matter)
			.param("purpose", "资格审查"));
	}

	private ResultActions report(RequestPostProcessor who, String matter) throws Exception {
		return mvc.perform(get("/api/v1/subjects/{id}/report", company).with(who).header("Accept", "text/html")
			.param("matter", matter).param("purpose", "资格审查"));
	}

	private PageSession login(String username, String password) throws Exception {
		return PageSession.login(mvc, username, password);
	}

	private ResultActions page(String path, PageSession session, String matter) throws Exception {
		return mvc.perform(post(path).with(session).with(csrf()).param("subjectId", company).param("matter", matter)
			.param("purpose", "资格审查"));
	}

	@Test
	@DisplayName("R-18 R-31 a querier declaring a matter not granted to it is refused MATTER_NOT_GRANTED on every endpoint that takes a matter, and each attempt is on the query log")
	void ungrantedMatterIsRefusedEverywhereAndLogged() throws Exception {
		profile(accounts.procurement(), "LICENSING").andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("MATTER_NOT_GRANTED"))
			.andExpect(jsonPath("$.records").doesNotExist());
		profileQuery(accounts.procurement(), "LICENSING").andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("MATTER_NOT_GRANTED"));
		// a subject the platform does not know: still refused for the matter first, so nothing is learnt of it
		mvc.perform(get("/api/v1/subjects/{id}/profile", "91310000MA1G00000E").with(accounts.procurement())
			.param("matter", "LICENSING").param("purpose", "资格审查"))
			.andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("MATTER_NOT_GRANTED"));
		measureCheck(accounts.procurement(), "SUPERVISION").andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("MATTER_NOT_GRANTED"));
		evaluation(accounts.procurement(), "LICENSING").andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("MATTER_NOT_GRANTED"));
		report(accounts.procurement(), "LICENSING").andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("MATTER_NOT_GRANTED"));
		PageSession procurementPages = login("procurement", "procurement-demo");
		page("/querier/profile", procurementPages, "LICENSING").andExpect(status().isForbidden());
		page("/querier/measure-check", procurementPages, "SUPERVISION").andExpect(status().isForbidden());
		// the other way round too: the licensing bureau holds no procurement matter
		profile(accounts.licensing(), "GOV_PROCUREMENT").andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("MATTER_NOT_GRANTED"));

		mvc.perform(get("/api/v1/audit/queries").with(accounts.auditor()).param("subject", company))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.entries[?(@.channel == 'REFUSED' && @.organisation == 'PROCUREMENT')].matter",
					hasItems("LICENSING", "SUPERVISION")))
			.andExpect(jsonPath("$.entries[?(@.channel == 'REFUSED' && @.organisation == 'APPROVAL')].matter",
					hasItem("GOV_PROCUREMENT")))
			.andExpect(jsonPath("$.entries[?(@.channel == 'REFUSED')].items[*]").isEmpty())
			.andExpect(jsonPath("$.entries[?(@.channel != 'REFUSED' && @.organisation == 'PROCUREMENT')]").isEmpty());
		String entries = mvc.perform(get("/api/v1/audit/queries").with(accounts.auditor()).param("subject", company))
			.andReturn().getResponse().getContentAsString();
		assertThat(com.jayway.jsonpath.JsonPath.<List<Object>>read(entries,
				"$.entries[?(@.channel == 'REFUSED' && @.organisation == 'PROCUREMENT')]")).hasSize(7);
	}

	@Test
	@DisplayName("R-18 a querier declaring a matter granted to it is answered: licensing for LICENSING, procurement for GOV_PROCUREMENT")
	void grantedMatterIsAnswered() throws Exception {
		profile(accounts.licensing(), "LICENSING").andExpect(status().isOk())
			.andExpect(jsonPath("$.records[*].item", hasItem("ADMIN_PENALTY")));
		profileQuery(accounts.licensing(), "SUPERVISION").andExpect(status().isOk());
		measureCheck(accounts.licensing(), "SUPERVISION").andExpect(status().isOk())
			.andExpect(jsonPath("$.measures[*].code", hasItem("KEY_SUPERVISION")));
		evaluation(accounts.licensing(), "LICENSING").andExpect(status().isOk()).andExpect(jsonPath("$.matter").value("LICENSING"));
		report(accounts.licensing(), "LICENSING").andExpect(status().isOk());
		PageSession licensingPages = login("licensing", "licensing-demo");
		page("/querier/profile", licensingPages, "LICENSING").andExpect(status().isOk());
		page("/querier/measure-check", licensingPages, "SUPERVISION").andExpect(status().isOk());
		profile(accounts.procurement(), "GOV_PROCUREMENT").andExpect(status().isOk());
		profile(accounts.procurement(), "BIDDING").andExpect(status().isOk());
	}

	@Test
	@DisplayName("R-18 a matter must be one of the published catalog: UNKNOWN_MATTER, and a querier without one gets MATTER_REQUIRED")
	void unknownOrMissingMatter() throws Exception {
		profile(accounts.licensing(), "LAND_SALES").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("UNKNOWN_MATTER"));
		measureCheck(accounts.licensing(), "LAND_SALES").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("UNKNOWN_MATTER"));
		mvc.perform(get("/api/v1/subjects/{id}/profile", company).with(accounts.licensing()))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("MATTER_REQUIRED"));
	}

	@Test
	@DisplayName("R-18 the grants are published with the catalog: grantedTo per matter in GET /catalog, on the catalog page and in the console")
	void grantsArePublished() throws Exception {
		mvc.perform(get("/api/v1/catalog"))
			.andExpect(jsonPath("$.matters[?(@.code == 'GOV_PROCUREMENT')].grantedTo[*]").value(hasItem("PROCUREMENT")))
			.andExpect(jsonPath("$.matters[?(@.code == 'BIDDING')].grantedTo[*]").value(hasItem("PROCUREMENT")))
			.andExpect(jsonPath("$.matters[?(@.code == 'LICENSING')].grantedTo[*]").value(hasItem("APPROVAL")))
			.andExpect(jsonPath("$.matters[?(@.code == 'SUPERVISION')].grantedTo[*]").value(hasItem("APPROVAL")))
			.andExpect(jsonPath("$.matters[?(@.code == 'LICENSING')].grantedTo[*]").value(not(hasItem("PROCUREMENT"))))
			.andExpect(jsonPath("$.matters[?(@.code == 'GOV_PROCUREMENT')].grantedTo[*]").value(not(hasItem("APPROVAL"))));
		String page = mvc.perform(get("/portal/catalog")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(page).contains("授权查询机构", "市政府采购中心", "市行政审批局");
		assertThat(page.replaceAll("\\s+", " ")).containsPattern("data-matter=\"LICENSING\">.*?市行政审批局.*?</tr>");
		String console = mvc.perform(get("/console/catalog").with(login("t-auditor", TestAccounts.PASSWORD))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(console).contains("授权查询机构", "市行政审批局");
	}

	@Test
	@DisplayName("R-18 the querier's pages offer only the matters granted to its organisation")
	void querierPageOffersGrantedMattersOnly() throws Exception {
		String page = mvc.perform(get("/querier").with(login("licensing", "licensing-demo"))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		assertThat(page).contains("value=\"LICENSING\"", "value=\"SUPERVISION\"")
			.doesNotContain("value=\"GOV_PROCUREMENT\"", "value=\"HIRING\"");
	}

	@Test
	@DisplayName("R-15 R-18 a catalog version changing the grants takes effect when it is published, not before")
	void changedGrantsTakeEffectOnPublication() throws Exception {
		String organisation = "T_GRANT_" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
		accountService.registerOrganisation(new Organisation(organisation, "测试人社局 " + organisation));
		String username = "t-grant-" + organisation.toLowerCase();
		accountService.open(new NewAccount(username, TestAccounts.PASSWORD, Role.GOV_QUERIER, organisation, null), "test");
		RequestPostProcessor hr = httpBasic(username, TestAccounts.PASSWORD);
		profile(hr, "HIRING").andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("MATTER_NOT_GRANTED"));

		CatalogDocument previous = catalogs.published();
		List<Matter> matters = previous.matters().stream().map(m -> {
			if (!m.code().equals("HIRING")) {
				return m;
			}
			List<String> to = new ArrayList<>(m.grantedTo());
			to.add(organisation);
			return new Matter(m.code(), m.name(), m.nameEn(), m.items(), m.measures(), to);
		}).toList();
		String version = "g" + organisation.toLowerCase();
		try {
			mvc.perform(post("/api/v1/catalog/versions").with(accounts.center()).contentType(MediaType.APPLICATION_JSON)
				.content(new tools.jackson.databind.ObjectMapper().writeValueAsString(previous.withMatters(matters)
					.withVersion(version)))).andExpect(status().isCreated());
			// drafted, not published: nothing changes yet
			profile(hr, "HIRING").andExpect(status().isForbidden());
			mvc.perform(get("/api/v1/catalog")).andExpect(jsonPath("$.matters[?(@.code == 'HIRING')].grantedTo[*]")
				.value(not(hasItem(organisation))));
			mvc.perform(post("/api/v1/catalog/versions/{v}/publication", version).with(accounts.center()))
				.andExpect(status().isOk());
			mvc.perform(get("/api/v1/catalog")).andExpect(jsonPath("$.matters[?(@.code == 'HIRING')].grantedTo[*]")
				.value(hasItem(organisation)));
			profile(hr, "HIRING").andExpect(status().isOk());
			profile(hr, "GOV_PROCUREMENT").andExpect(status().isForbidden());
		}
		finally {
			// the other tests sharing this database expect the grants they started with
			catalogs.saveDraft(previous.withVersion(version + "r"), "test");
			catalogs.publish(version + "r", "test");
		}
		profile(hr, "HIRING").andExpect(status().isForbidden());
	}

	@Test
	@DisplayName("R-18 a catalog draft naming a malformed organisation in grantedTo is refused")
	void grantsAreValidated() throws Exception {
		mvc.perform(post("/api/v1/catalog/validation").with(accounts.center()).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"version": "2099.9", "name": "测试目录",
					 "items": [{"code": "ADMIN_PENALTY", "name": "行政处罚信息", "category": "DISHONEST",
					            "subjectTypes": ["LEGAL_PERSON"], "disclosure": "PUBLIC", "fields": []}],
					 "matters": [{"code": "SUPERVISION", "name": "事中事后监管", "items": ["ADMIN_PENALTY"],
					              "grantedTo": ["APPROVAL", "approval bureau", "APPROVAL"],
					              "measures": [{"code": "X", "kind": "PUNISHMENT", "description": "d", "basis": "b",
					                            "condition": {"type": "RECORD", "items": ["EXAM_CHEATING"]}}]}]}"""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.valid").value(false))
			.andExpect(jsonPath("$.errors[*].code", hasItems("INVALID_ORGANISATION", "ITEM_OUTSIDE_MATTER")));
	}
}
