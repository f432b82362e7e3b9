package io.gongxin.query;

import com.jayway.jsonpath.JsonPath;
import io.gongxin.TestAccounts;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** A company and a person with records of every disclosure, submitted over HTTP by the demo market regulator. */
public final class QueryFixture {

	public static final String COMPANY = "91310000132200821H";

	public static final String PERSON = "320102199201150026";

	public static final String PERSON_ACCOUNT = "li-si";

	private QueryFixture() {
	}

	public static String record(String item, String ref, String type, String id, String occurredOn, String endedOn,
			String fields) {
		return """
				{"item": "%s", "sourceRef": "%s", "subject": {"type": "%s", "id": "%s", "name": "%s"},
				 "occurredOn": "%s", %s "fields": %s}""".formatted(item, ref, type, id,
				type.equals("LEGAL_PERSON") ? "上海市测试查询有限公司" : "李四", occurredOn,
				endedOn == null ? "" : "\"endedOn\": \"" + endedOn + "\",", fields);
	}

	public static final String PENALTY = """
			{"decisionNumber": "沪市监罚〔2024〕9号", "penaltyType": "罚款", "decidedOn": "2024-03-01", "authority": "市市场监督管理局"}""";

	public static final String ARREARS = """
			{"taxType": "增值税", "amount": 12000, "noticeNumber": "沪税催〔2024〕5号", "decidedOn": "2024-05-01", "authority": "市税务局"}""";

	public static final String COMMENDATION = """
			{"title": "诚信经营示范单位", "awardedBy": "市商务委", "awardedOn": "2024-06-01"}""";

	public static final String CHEATING = """
			{"examName": "会计专业技术资格考试", "examDate": "2024-05-11", "conduct": "替考", "decisionNumber": "沪考〔2024〕2号", "decidedOn": "2024-06-01", "authority": "市考试院"}""";

	public static final String VOLUNTEER = """
			{"activity": "社区防疫", "organiser": "街道办事处", "hours": 40, "servedOn": "2024-02-01"}""";

	/** Submits the fixture once (resubmission is UNCHANGED) and opens the person's account once. */
	public static void ensure(MockMvc mvc, TestAccounts accounts) throws Exception {
		accounts.ensure();
		String records = String.join(",",
				record("ADMIN_PENALTY", "q-company-penalty", "LEGAL_PERSON", COMPANY, "2024-03-01", null, PENALTY),
				record("TAX_ARREARS", "q-company-arrears", "LEGAL_PERSON", COMPANY, "2024-05-01", null, ARREARS),
				record("COMMENDATION", "q-company-commendation", "LEGAL_PERSON", COMPANY, "2024-06-01", null, COMMENDATION),
				record("EXAM_CHEATING", "q-person-cheating", "NATURAL_PERSON", PERSON, "2024-05-11", null, CHEATING),
				record("ADMIN_PENALTY", "q-person-penalty", "NATURAL_PERSON", PERSON, "2024-03-01", null, PENALTY),
				record("VOLUNTEER", "q-person-volunteer", "NATURAL_PERSON", PERSON, "2024-02-01", null, VOLUNTEER));
		String result = mvc.perform(post("/api/v1/records").with(accounts.market())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"records\": [" + records + "]}")).andReturn().getResponse().getContentAsString();
		if (((Number) JsonPath.read(result, "$.rejected")).intValue() != 0) {
			throw new IllegalStateException(result);
		}
		mvc.perform(post("/api/v1/accounts").with(accounts.center()).contentType(MediaType.APPLICATION_JSON).content("""
				{"username": "%s", "password": "person-password", "role": "SUBJECT", "subjectId": "%s"}"""
			.formatted(PERSON_ACCOUNT, PERSON)));
	}

	public static org.springframework.test.web.servlet.request.RequestPostProcessor person() {
		return httpBasic(PERSON_ACCOUNT, "person-password");
	}
}
