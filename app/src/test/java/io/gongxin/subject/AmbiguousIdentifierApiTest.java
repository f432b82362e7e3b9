package io.gongxin.subject;

import io.gongxin.GongxinTest;
import io.gongxin.TestAccounts;
import io.gongxin.synthetic.SyntheticSubjects;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * a resident id number starts with a real province code, so an enterprise's USCC is not read as a person's
 * number; a code valid both ways is what the declared subject type says, and is found whichever way it is stored.
 */
@GongxinTest
class AmbiguousIdentifierApiTest {

	/** A Fengxian enterprise's USCC; with the province code "91" it is no resident id number. */
	static final String FENGXIAN = "913101201305121197";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	private ResultActions submit(String type, String id, String name) throws Exception {
		return mvc.perform(post("/api/v1/records").with(accounts.market()).header("Accept-Language", "zh-CN")
			.contentType(MediaType.APPLICATION_JSON).content("""
					{"records": [{"item": "ADMIN_PENALTY", "sourceRef": "r05-%d", "subject": {"type": "%s", "id": "%s", "name": "%s"},
					 "occurredOn": "2026-03-10", "fields": {"decisionNumber": "沪市监罚〔2026〕5号", "penaltyType": "罚款",
					 "decidedOn": "2026-03-10", "authority": "市市场监督管理局"}}]}""".formatted(System.nanoTime(), type, id, name)));
	}

	@Test
	@DisplayName("R-05 913101201305121197 (a Fengxian USCC) is accepted for LEGAL_PERSON; the identifiers endpoint reads it as a USCC, not a person born 2013")
	void fengxianCompany() throws Exception {
		mvc.perform(get("/api/v1/identifiers/{code}", FENGXIAN))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.valid").value(true))
			.andExpect(jsonPath("$.type").value("USCC"))
			.andExpect(jsonPath("$.types", contains("USCC")))
			.andExpect(jsonPath("$.birthDate").doesNotExist());
		submit("LEGAL_PERSON", FENGXIAN, "上海奉贤测试有限公司").andExpect(status().isOk())
			.andExpect(jsonPath("$.accepted").value(1));
		mvc.perform(get("/api/v1/subjects/{id}/profile", FENGXIAN))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.subject.type").value("LEGAL_PERSON"))
			.andExpect(jsonPath("$.subject.id").value(FENGXIAN));
	}

	@Test
	@DisplayName("R-05 a code valid both as USCC and resident id lists both types; the declared subject type decides, and a profile lookup finds it either way")
	void validBothWays() throws Exception {
		// synthetic codes valid three ways: resident id, USCC and the organisation code inside it (GB 11714)
		String asCompany = "310101198001030246";
		String asPerson = "310101198001070256";
		mvc.perform(get("/api/v1/identifiers/{code}", asCompany))
			.andExpect(jsonPath("$.valid").value(true))
			.andExpect(jsonPath("$.type").value("RESIDENT_ID"))
			.andExpect(jsonPath("$.types", contains("RESIDENT_ID", "USCC")))
			.andExpect(jsonPath("$.birthDate").value("1980-01-03"));
		submit("LEGAL_PERSON", asCompany, "上海奉贤测试律师事务所").andExpect(jsonPath("$.accepted").value(1));
		submit("NATURAL_PERSON", asPerson, "测试人").andExpect(jsonPath("$.accepted").value(1));
		// stored as an organisation: found though the primary reading is a resident id, and shown whole
		mvc.perform(get("/api/v1/subjects/{id}/profile", asCompany))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.subject.type").value("LEGAL_PERSON"))
			.andExpect(jsonPath("$.subject.id").value(asCompany));
		// stored as a person: found, and the number masked for an anonymous caller
		mvc.perform(get("/api/v1/subjects/{id}/profile", asPerson))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.subject.type").value("NATURAL_PERSON"))
			.andExpect(jsonPath("$.subject.id").value("3101**********0256"));
		mvc.perform(get("/api/v1/subjects/{id}/profile", asPerson).param("subjectType", "LEGAL_PERSON"))
			.andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/subjects/profile-queries").with(accounts.querier()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"subjectId\": \"" + asCompany + "\", \"subjectType\": \"LEGAL_PERSON\", \"matter\": \"GOV_PROCUREMENT\", \"purpose\": \"R-05\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.subject.type").value("LEGAL_PERSON"));
	}

	@Test
	@DisplayName("R-05 a resident id that passes the USCC check but carries no valid organisation code is a person's only: never stored in clear as a company")
	void personsNumberIsNotReadAsACompany() throws Exception {
		String code = "313101197701010076";
		mvc.perform(get("/api/v1/identifiers/{code}", code))
			.andExpect(jsonPath("$.type").value("RESIDENT_ID"))
			.andExpect(jsonPath("$.types", contains("RESIDENT_ID")));
		submit("LEGAL_PERSON", code, "某某").andExpect(jsonPath("$.accepted").value(0));
	}

	@Test
	@DisplayName("R-05 a resident id number with province 00 or 99 is rejected with the reason")
	void unknownProvince() throws Exception {
		for (String code : new String[] { "000105198001011005", "990105198001011004" }) {
			mvc.perform(get("/api/v1/identifiers/{code}", code).header("Accept-Language", "zh-CN"))
				.andExpect(jsonPath("$.valid").value(false))
				.andExpect(jsonPath("$.reasonCode").value("REGION"))
				.andExpect(jsonPath("$.reason").value(containsString("省级行政区划代码")));
			submit("NATURAL_PERSON", code, "测试人").andExpect(jsonPath("$.accepted").value(0))
				.andExpect(jsonPath("$.results[0].errors[0].code").value("INVALID_IDENTIFIER"));
			mvc.perform(get("/api/v1/subjects/{id}/profile", code))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.code").value("INVALID_IDENTIFIER"));
		}
	}

	@Test
	@DisplayName("R-05 a valid resident id declared LEGAL_PERSON is not a valid USCC: refused with the reason")
	void personDeclaredOrganisation() throws Exception {
		String person = new SyntheticSubjects(System.nanoTime()).person().id().value();
		String body = submit("LEGAL_PERSON", person, "测试").andExpect(jsonPath("$.accepted").value(0))
			.andExpect(jsonPath("$.results[0].errors[0].code").value("SUBJECT_TYPE_MISMATCH"))
			.andExpect(jsonPath("$.results[0].errors[0].message").value(containsString("按统一社会信用代码校验")))
			.andReturn().getResponse().getContentAsString();
		assertThat(body).doesNotContain(person);
	}

	@Test
	@DisplayName("R-05 synthetic subjects only get resident id numbers with a real province code")
	void syntheticProvinces() {
		SyntheticSubjects generator = new SyntheticSubjects(System.nanoTime());
		for (int i = 0; i < 2000; i++) {
			assertThat(Provinces.CODES).contains(generator.person().id().value().substring(0, 2));
		}
	}
}
