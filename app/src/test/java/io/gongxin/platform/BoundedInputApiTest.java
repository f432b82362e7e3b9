package io.gongxin.platform;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import io.gongxin.GongxinTest;
import io.gongxin.TestAccounts;
import io.gongxin.query.QueryFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Issue 12, point 3: every free-text field bounded, bodies capped, matters from the catalog, pages in range. */
@GongxinTest
class BoundedInputApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@BeforeEach
	void fixture() throws Exception {
		QueryFixture.ensure(mvc, accounts);
	}

	private ResultActions json(MockHttpServletRequestBuilder request, RequestPostProcessor caller, String body)
			throws Exception {
		if (caller != null) {
			request.with(caller);
		}
		return mvc.perform(request.contentType(MediaType.APPLICATION_JSON).content(body));
	}

	/** 400 VALIDATION_FAILED with the field named in {@code errors}. */
	private static void refusedNaming(ResultActions result, String field) throws Exception {
		result.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem(field)));
	}

	@Test
	@DisplayName("R-31 a 200,001-character purpose is refused with the field named, anonymous or not, in the body or the URL")
	void purposeIsBounded() throws Exception {
		String huge = "用".repeat(200_001);
		refusedNaming(json(post("/api/v1/subjects/profile-queries"), null,
				"{\"subjectId\": \"" + QueryFixture.COMPANY + "\", \"purpose\": \"" + huge + "\"}"), "purpose");
		refusedNaming(json(post("/api/v1/subjects/profile-queries"), null,
				"{\"subjectId\": \"" + QueryFixture.COMPANY + "\", \"purpose\": \"" + "x".repeat(201) + "\"}"), "purpose");
		refusedNaming(mvc.perform(get("/api/v1/subjects/{id}/profile", QueryFixture.COMPANY).param("purpose", "x".repeat(201))),
				"purpose");
		refusedNaming(mvc.perform(get("/api/v1/subjects/{id}/profile", QueryFixture.COMPANY).with(accounts.querier())
			.param("matter", "GOV_PROCUREMENT").param("purpose", "x".repeat(201))), "purpose");
		refusedNaming(json(post("/api/v1/measure-checks"), accounts.querier(), """
				{"subjectId": "%s", "matter": "GOV_PROCUREMENT", "purpose": "%s"}""".formatted(QueryFixture.COMPANY,
				"x".repeat(201))), "purpose");
		refusedNaming(json(post("/api/v1/batch-queries"), accounts.agency(), """
				{"subjects": ["%s"], "purpose": "%s"}""".formatted(QueryFixture.COMPANY, "x".repeat(201))), "purpose");
		refusedNaming(json(post("/api/v1/authorizations"), QueryFixture.person(), """
				{"grantee": "AGENCY1", "purpose": "%s", "validUntil": "2099-01-01"}""".formatted("x".repeat(201))), "purpose");
		// exactly 200 is a purpose
		json(post("/api/v1/subjects/profile-queries"), null,
				"{\"subjectId\": \"" + QueryFixture.COMPANY + "\", \"purpose\": \"" + "用".repeat(200) + "\"}")
			.andExpect(status().isOk());
	}

	@Test
	@DisplayName("R-31 statements, reasons, explanations and notes over 2,000 characters are refused with the field named")
	void statementsReasonsAndNotesAreBounded() throws Exception {
		String long2001 = "长".repeat(2001);
		refusedNaming(json(post("/api/v1/objections"), QueryFixture.person(), """
				{"recordId": 1, "reason": "ERROR_OR_OMISSION", "statement": "%s"}""".formatted(long2001)), "statement");
		refusedNaming(json(post("/api/v1/repairs"), QueryFixture.person(), """
				{"recordId": 1, "statement": "%s"}""".formatted(long2001)), "statement");
		refusedNaming(json(post("/api/v1/repairs/1/decision"), accounts.market(), """
				{"approved": false, "reason": "%s"}""".formatted(long2001)), "reason");
		refusedNaming(json(post("/api/v1/records/1/revocation"), accounts.market(), """
				{"reason": "%s"}""".formatted(long2001)), "reason");
		refusedNaming(json(post("/api/v1/objections/1/verification"), accounts.market(), """
				{"upheld": false, "explanation": "%s"}""".formatted(long2001)), "explanation");
		refusedNaming(json(post("/api/v1/measure-checks/00000000-0000-0000-0000-000000000000/feedback"),
				accounts.querier(), """
						{"applied": [], "note": "%s"}""".formatted(long2001)), "note");
		refusedNaming(json(post("/api/v1/lists/SERIOUS_DISHONESTY/entries/1/removal"), accounts.center(), """
				{"reason": "%s"}""".formatted(long2001)), "reason");
	}

	@Test
	@DisplayName("R-31 a body over the cap is 413 REQUEST_TOO_LARGE, and a huge JSON string is refused, never a 500")
	void bodiesAreCapped() throws Exception {
		String overCap = "{\"subjectId\": \"" + QueryFixture.COMPANY + "\", \"purpose\": \"" + "x".repeat(4 * 1024 * 1024) + "\"}";
		json(post("/api/v1/subjects/profile-queries"), null, overCap)
			.andExpect(status().isContentTooLarge())
			.andExpect(jsonPath("$.code").value("REQUEST_TOO_LARGE"));
		// under the body cap, but one string past the parser's limit
		json(post("/api/v1/subjects/profile-queries"), null,
				"{\"subjectId\": \"" + QueryFixture.COMPANY + "\", \"purpose\": \"" + "x".repeat(1_000_001) + "\"}")
			.andExpect(status().isContentTooLarge())
			.andExpect(jsonPath("$.code").value("REQUEST_TOO_LARGE"));
		json(post("/api/v1/records"), accounts.market(), "{\"records\": [{\"sourceRef\": \"" + "r".repeat(1_500_000) + "\"}]}")
			.andExpect(status().isContentTooLarge());
	}

	@Test
	@DisplayName("R-31 a matter must be a catalog matter on every endpoint that takes one: UNKNOWN_MATTER")
	void unknownMatterEverywhere() throws Exception {
		List<ResultActions> answers = List.of(
				mvc.perform(get("/api/v1/subjects/{id}/profile", QueryFixture.COMPANY).param("matter", "LAND_SALES")),
				mvc.perform(get("/api/v1/subjects/{id}/profile", QueryFixture.COMPANY).with(accounts.agency())
					.param("matter", "LAND_SALES")),
				mvc.perform(get("/api/v1/subjects/{id}/profile", QueryFixture.PERSON).with(QueryFixture.person())
					.param("matter", "LAND_SALES")),
				json(post("/api/v1/subjects/profile-queries"), null,
						"{\"subjectId\": \"" + QueryFixture.COMPANY + "\", \"matter\": \"LAND_SALES\"}"),
				mvc.perform(get("/api/v1/subjects/{id}/report", QueryFixture.COMPANY).with(accounts.agency())
					.param("matter", "LAND_SALES")),
				mvc.perform(get("/api/v1/subjects/{id}/evaluation", QueryFixture.PERSON).with(QueryFixture.person())
					.param("matter", "LAND_SALES")),
				mvc.perform(get("/api/v1/subjects/{id}/evaluation", QueryFixture.COMPANY).with(accounts.center())
					.param("matter", "LAND_SALES")),
				mvc.perform(get("/api/v1/subjects/{id}/evaluation", QueryFixture.COMPANY).with(accounts.querier())
					.param("matter", "LAND_SALES").param("purpose", "审查")),
				json(post("/api/v1/measure-checks"), accounts.querier(),
						"{\"subjectId\": \"" + QueryFixture.COMPANY + "\", \"matter\": \"LAND_SALES\"}"));
		for (ResultActions answer : answers) {
			answer.andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("UNKNOWN_MATTER"));
		}
		// a matter longer than any code is not echoed back: the field is named
		refusedNaming(mvc.perform(get("/api/v1/subjects/{id}/profile", QueryFixture.COMPANY).param("matter", "M".repeat(65))),
				"matter");
	}

	@Test
	@DisplayName("R-31 page and limit out of range are 400 PAGE_OUT_OF_RANGE naming the parameter, never an overflow to 500")
	void pagesInRange() throws Exception {
		String[][] bad = { { "page", "2147483647" }, { "page", "-1" }, { "size", "0" }, { "size", "101" },
				{ "size", "2147483647" } };
		for (String[] param : bad) {
			mvc.perform(get("/api/v1/subjects").param("name", "测试查询").param(param[0], param[1]))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.code").value("PAGE_OUT_OF_RANGE"))
				.andExpect(jsonPath("$.errors[0].field").value(param[0]));
		}
		mvc.perform(get("/api/v1/records").with(accounts.market()).param("page", "2147483647").param("size", "500"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("page"));
		mvc.perform(get("/api/v1/lists/SERIOUS_DISHONESTY/entries").param("page", "2147483647").param("limit", "500"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("page"));
		mvc.perform(get("/api/v1/lists/RED/entries").param("limit", "501"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("limit"));
		mvc.perform(get("/api/v1/subjects").param("name", "测试查询").param("page", "10000").param("size", "100"))
			.andExpect(status().isOk());
	}

	@Test
	@DisplayName("R-16a the public lists are paged (page, limit; 100 by default) and still answer {\"entries\":[...]}")
	void listsArePaged() throws Exception {
		String all = mvc.perform(get("/api/v1/lists/SERIOUS_DISHONESTY/entries").param("limit", "500"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		List<Object> ids = JsonPath.read(all, "$.entries[*].id");
		String second = mvc.perform(get("/api/v1/lists/SERIOUS_DISHONESTY/entries").param("page", "1").param("limit", "1"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.page").value(1))
			.andExpect(jsonPath("$.limit").value(1))
			.andReturn().getResponse().getContentAsString();
		List<Object> page = JsonPath.read(second, "$.entries[*].id");
		assertThat(page).isEqualTo(ids.size() >= 2 ? List.of(ids.get(1)) : List.of());
		mvc.perform(get("/api/v1/lists/SERIOUS_DISHONESTY/entries"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.entries").isArray()).andExpect(jsonPath("$.limit").value(100));
	}
}
