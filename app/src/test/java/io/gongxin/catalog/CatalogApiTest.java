package io.gongxin.catalog;

import io.gongxin.GongxinTest;
import io.gongxin.TestAccounts;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@GongxinTest
class CatalogApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Catalogs catalogs;

	@Test
	@DisplayName("R-15 GET /catalog publishes the items and matters API.md names, to anyone")
	void publishedCatalogHasWhatApiMdNames() throws Exception {
		mvc.perform(get("/api/v1/catalog"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").isNotEmpty())
			.andExpect(jsonPath("$.items[*].code", hasItems("REGISTRATION", "ADMIN_LICENSE", "ADMIN_PENALTY",
					"TAX_ARREARS", "EXAM_CHEATING", "COMMENDATION", "VOLUNTEER")))
			.andExpect(jsonPath("$.matters[*].code", hasItems("GOV_PROCUREMENT", "BIDDING", "SUBSIDY", "HIRING",
					"AWARDS", "LICENSING", "SUPERVISION")))
			.andExpect(jsonPath("$.items[?(@.code == 'ADMIN_PENALTY')].category").value(hasItem("DISHONEST")))
			.andExpect(jsonPath("$.items[?(@.code == 'ADMIN_PENALTY')].disclosure").value(hasItem("PUBLIC")))
			.andExpect(jsonPath("$.items[?(@.code == 'ADMIN_PENALTY')].queryPeriod").value(hasItem("P5Y")))
			.andExpect(jsonPath("$.items[?(@.code == 'ADMIN_PENALTY')].subjectTypes[*]",
					hasItems("LEGAL_PERSON", "NATURAL_PERSON")))
			.andExpect(jsonPath("$.items[?(@.code == 'ADMIN_PENALTY')].fields[?(@.required == true)].name",
					hasItems("decisionNumber", "penaltyType", "decidedOn", "authority")))
			.andExpect(jsonPath("$.items[?(@.code == 'ADMIN_PENALTY')].fields[*].name",
					hasItems("decisionNumber", "violation", "basis", "penaltyType", "content", "amount", "decidedOn",
							"authority")))
			.andExpect(jsonPath("$.items[?(@.code == 'TAX_ARREARS')].disclosure").value(hasItem("NON_PUBLIC")))
			.andExpect(jsonPath("$.items[?(@.code == 'REGISTRATION')].queryPeriod").value(hasItem(org.hamcrest.Matchers.nullValue())))
			.andExpect(jsonPath("$.items[?(@.code == 'EXAM_CHEATING')].subjectTypes[*]").value(hasItem("NATURAL_PERSON")))
			.andExpect(jsonPath("$.items[?(@.code == 'COMMENDATION')].deletableOnRequest").value(hasItem(true)))
			.andExpect(jsonPath("$.items[?(@.code == 'VOLUNTEER')].disclosure").value(hasItem("NON_PUBLIC")))
			.andExpect(jsonPath("$.matters[?(@.code == 'GOV_PROCUREMENT')].items[*]",
					hasItems("ADMIN_PENALTY", "TAX_ARREARS")))
			.andExpect(jsonPath("$.matters[?(@.code == 'GOV_PROCUREMENT')].measures[*].code",
					hasItem("RESTRICT_PROCUREMENT")))
			.andExpect(jsonPath("$.matters[?(@.code == 'SUPERVISION')].measures[*].code", hasItem("KEY_SUPERVISION")))
			.andExpect(jsonPath("$.matters[?(@.code == 'LICENSING')].measures[?(@.code == 'FAST_TRACK')].kind",
					hasItem("INCENTIVE")));
	}

	@Test
	void theShippedCatalogPassesItsOwnValidation() {
		assertThat(CatalogValidation.validate(catalogs.published())).isEmpty();
	}

	private String draft(String version, String extraField) {
		return item(version, "\"queryPeriod\": \"P3Y\", " + LEGAL_DOCUMENT, extraField);
	}

	private static final String LEGAL_DOCUMENT = """
			"legalDocument": {"number": "decisionNumber", "body": "authority", "decidedOn": "decidedOn"},""";

	/** A one-item dishonesty catalog with these item properties and extra fields. */
	private String item(String version, String properties, String extraField) {
		return """
				{"version": "%s", "name": "测试目录",
				 "items": [{"code": "ADMIN_PENALTY", "name": "行政处罚信息", "category": "DISHONEST",
				            "subjectTypes": ["LEGAL_PERSON", "NATURAL_PERSON"], "disclosure": "PUBLIC", %s
				            "fields": [{"name": "decisionNumber", "label": "决定书文号", "type": "string", "required": true},
				                       {"name": "decidedOn", "label": "处罚决定日期", "type": "date", "required": true},
				                       {"name": "authority", "label": "处罚机关", "type": "string", "required": true}%s]}],
				 "matters": [{"code": "SUPERVISION", "name": "事中事后监管", "items": ["ADMIN_PENALTY"], "measures": []}]}"""
			.formatted(version, properties, extraField);
	}

	private org.springframework.test.web.servlet.ResultActions validate(String document) throws Exception {
		return mvc.perform(post("/api/v1/catalog/validation").with(accounts.center())
			.contentType(MediaType.APPLICATION_JSON)
			.content(document));
	}

	@Test
	@DisplayName("R-24e a measure is published with its code, kind, means and legal basis, and its condition names only its matter's items")
	void measuresNameTheirBasis() throws Exception {
		String withMeasure = item("2099.m", "\"queryPeriod\": \"P3Y\", " + LEGAL_DOCUMENT, "").replace("\"measures\": []",
				"\"measures\": [{\"code\": \"KEY_SUPERVISION\", \"kind\": \"PUNISHMENT\", \"description\": \"列为重点监管对象\"%s, "
						+ "\"condition\": {\"type\": \"DISHONEST_RECORD\"%s}}]");
		validate(withMeasure.formatted(", \"basis\": \"《办法》第二十三条\"", "")).andExpect(status().isOk())
			.andExpect(jsonPath("$.valid").value(true));
		validate(withMeasure.formatted("", "")).andExpect(jsonPath("$.valid").value(false))
			.andExpect(jsonPath("$.errors[*].path", hasItem("matters[0].measures[0]")))
			.andExpect(jsonPath("$.errors[*].code", hasItem("REQUIRED")));
		validate(withMeasure.formatted(", \"basis\": \"《办法》第二十三条\"", ", \"items\": [\"EXAM_CHEATING\"]"))
			.andExpect(jsonPath("$.valid").value(false))
			.andExpect(jsonPath("$.errors[*].code", hasItem("ITEM_OUTSIDE_MATTER")));
		// every measure of the shipped application list names its basis and description
		catalogs.published().matters().forEach(matter -> matter.measures().forEach(measure -> {
			assertThat(measure.basis()).as(measure.code()).isNotBlank();
			assertThat(measure.description()).as(measure.code()).isNotBlank();
		}));
	}

	@Test
	@DisplayName("R-27a a dishonesty item without a query period is refused unless it names the rule that makes it permanent")
	void dishonestItemsNeedAQueryPeriodOrAPermanentBasis() throws Exception {
		validate(item("2099.p", LEGAL_DOCUMENT, "")).andExpect(status().isOk())
			.andExpect(jsonPath("$.valid").value(false))
			.andExpect(jsonPath("$.errors[*].code", hasItem("QUERY_PERIOD_REQUIRED")))
			.andExpect(jsonPath("$.errors[*].path", hasItem("items[0].queryPeriod")));
		validate(item("2099.p", LEGAL_DOCUMENT + "\"permanentBy\": \"《某某法》第十条\",", "")).andExpect(status().isOk())
			.andExpect(jsonPath("$.valid").value(true));
		validate(item("2099.p", LEGAL_DOCUMENT + "\"queryPeriod\": \"P5Y\",", "")).andExpect(jsonPath("$.valid").value(true));
		mvc.perform(post("/api/v1/catalog/versions").with(accounts.center()).contentType(MediaType.APPLICATION_JSON)
			.content(item("2099.noperiod", LEGAL_DOCUMENT, "")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("INVALID_CATALOG"))
			.andExpect(jsonPath("$.errors[*].code", hasItem("QUERY_PERIOD_REQUIRED")));
	}

	@Test
	@DisplayName("R-11b a dishonesty item must name its legal document's number and deciding body as required fields")
	void dishonestItemsNameTheirLegalDocument() throws Exception {
		for (String properties : new String[] { "\"queryPeriod\": \"P5Y\",",
				"\"queryPeriod\": \"P5Y\", \"legalDocument\": {\"number\": \"decisionNumber\"},",
				"\"queryPeriod\": \"P5Y\", \"legalDocument\": {\"number\": \"note\", \"body\": \"authority\"},",
				"\"queryPeriod\": \"P5Y\", \"legalDocument\": {\"number\": \"nowhere\", \"body\": \"authority\"}," }) {
			validate(item("2099.doc", properties, ", {\"name\": \"note\", \"label\": \"备注\", \"type\": \"string\"}"))
				.andExpect(jsonPath("$.valid").value(false))
				.andExpect(jsonPath("$.errors[*].code", hasItem("LEGAL_DOCUMENT_REQUIRED")));
		}
		mvc.perform(post("/api/v1/catalog/versions").with(accounts.center()).contentType(MediaType.APPLICATION_JSON)
			.content(item("2099.nodoc", "\"queryPeriod\": \"P5Y\",", "")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].code", hasItem("LEGAL_DOCUMENT_REQUIRED")));
		// every dishonesty item of the shipped catalog names one (FARE_EVASION gained its decision number)
		for (CatalogItem item : catalogs.published().items()) {
			if (item.category() == Category.DISHONEST) {
				assertThat(item.legalDocument()).as(item.code()).isNotNull();
				assertThat(item.field(item.legalDocument().number()).orElseThrow().required()).as(item.code()).isTrue();
				assertThat(item.field(item.legalDocument().body()).orElseThrow().required()).as(item.code()).isTrue();
			}
		}
		mvc.perform(get("/api/v1/catalog"))
			.andExpect(jsonPath("$.items[?(@.code == 'FARE_EVASION')].legalDocument.number").value(hasItem("decisionNumber")))
			.andExpect(jsonPath("$.items[?(@.code == 'FARE_EVASION')].fields[?(@.name == 'decisionNumber')].required")
				.value(hasItem(true)));
	}

	@Test
	@DisplayName("R-14 a catalog draft cannot define a prohibited field written in traditional characters")
	void catalogRefusesTraditionalCharacterFields() throws Exception {
		for (String field : new String[] { "{\"name\": \"print\", \"label\": \"指紋\", \"type\": \"string\"}",
				"{\"name\": \"heredity\", \"label\": \"遺傳信息\", \"type\": \"string\"}",
				"{\"name\": \"chart\", \"label\": \"病歷\", \"type\": \"text\"}" }) {
			mvc.perform(post("/api/v1/catalog/versions").with(accounts.center())
				.contentType(MediaType.APPLICATION_JSON)
				.content(draft("2027.t", ", " + field)))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.code").value("INVALID_CATALOG"))
				.andExpect(jsonPath("$.errors[*].code", hasItem("PROHIBITED_FIELD")));
		}
		mvc.perform(get("/api/v1/catalog/versions/2027.t").with(accounts.center())).andExpect(status().isNotFound());
	}

	@Test
	@DisplayName("R-14 the catalog cannot define a prohibited field, in any language or spelling")
	void catalogRefusesProhibitedFields() throws Exception {
		for (String field : new String[] { "{\"name\": \"bloodType\", \"label\": \"血型\", \"type\": \"string\"}",
				"{\"name\": \"note\", \"label\": \"宗教 信仰\", \"type\": \"string\"}",
				"{\"name\": \"medicalHistory\", \"label\": \"备注\", \"type\": \"text\"}" }) {
			mvc.perform(post("/api/v1/catalog/versions").with(accounts.center())
				.contentType(MediaType.APPLICATION_JSON)
				.content(draft("2027.x", ", " + field)))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.code").value("INVALID_CATALOG"))
				.andExpect(jsonPath("$.errors[*].code", hasItem("PROHIBITED_FIELD")));
		}
		mvc.perform(get("/api/v1/catalog/versions/2027.x").with(accounts.center())).andExpect(status().isNotFound());
	}

	@Test
	@DisplayName("R-15 the centre drafts, validates and publishes a version")
	void centreDraftsAndPublishes() throws Exception {
		CatalogDocument previous = catalogs.published();
		mvc.perform(post("/api/v1/catalog/validation").with(accounts.center())
			.contentType(MediaType.APPLICATION_JSON)
			.content(draft("2099.1", ""))).andExpect(status().isOk()).andExpect(jsonPath("$.valid").value(true));
		mvc.perform(post("/api/v1/catalog/versions").with(accounts.center())
			.contentType(MediaType.APPLICATION_JSON)
			.content(draft("2099.1", ""))).andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("DRAFT"));
		mvc.perform(get("/api/v1/catalog/versions/2099.1")).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/catalog/versions/2099.1").with(accounts.center())).andExpect(status().isOk());
		mvc.perform(put("/api/v1/catalog/versions/2099.1").with(accounts.center())
			.contentType(MediaType.APPLICATION_JSON)
			.content(draft("ignored", ", {\"name\": \"amount\", \"label\": \"罚款金额\", \"type\": \"decimal\"}")))
			.andExpect(status().isOk());
		try {
			mvc.perform(post("/api/v1/catalog/versions/2099.1/publication").with(accounts.center()))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.status").value("PUBLISHED"));
			mvc.perform(get("/api/v1/catalog"))
				.andExpect(jsonPath("$.version").value("2099.1"))
				.andExpect(jsonPath("$.items[0].fields.length()").value(4));
			mvc.perform(put("/api/v1/catalog/versions/2099.1").with(accounts.center())
				.contentType(MediaType.APPLICATION_JSON)
				.content(draft("2099.1", "")))
				.andExpect(status().isConflict())
				.andExpect(jsonPath("$.code").value("VERSION_PUBLISHED"));
			mvc.perform(get("/api/v1/catalog/versions")).andExpect(jsonPath("$[?(@.version == '"
					+ previous.version() + "')].status").value(hasItem("RETIRED")));
		}
		finally {
			// the other tests sharing this database expect the full default catalog in force
			catalogs.saveDraft(previous.withVersion("2099.2"), "test");
			catalogs.publish("2099.2", "test");
		}
	}

	@Test
	void onlyTheCentreAdministratorWritesTheCatalog() throws Exception {
		mvc.perform(post("/api/v1/catalog/versions").contentType(MediaType.APPLICATION_JSON).content(draft("2098.1", "")))
			.andExpect(status().isUnauthorized());
		mvc.perform(post("/api/v1/catalog/versions").with(accounts.tax())
			.contentType(MediaType.APPLICATION_JSON)
			.content(draft("2098.1", ""))).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/catalog/versions").with(accounts.operator())
			.contentType(MediaType.APPLICATION_JSON)
			.content(draft("2098.1", ""))).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/catalog/versions/2026.1/publication").with(accounts.auditor()))
			.andExpect(status().isForbidden());
	}
}
