package io.gongxin.collection;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import io.gongxin.GongxinTest;
import io.gongxin.TestAccounts;
import io.gongxin.TestClock;
import io.gongxin.synthetic.SyntheticSubjects;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What Articles 11-13 let the platform collect: utility arrears only 6 months after the reminder,
 * penalties only by the general procedure, dishonesty only with its legal document (R-11b), never
 * prohibited data, in simplified or traditional characters; over POST /records and in batch files.
 */
@GongxinTest
class CollectionScopeApiTest {

	/** The day these tests run on: explicit, so month arithmetic at the boundary is the same in every year. */
	static final LocalDate TODAY = LocalDate.of(2026, 11, 18);

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestClock clock;

	final SyntheticSubjects synthetic = new SyntheticSubjects(System.nanoTime());

	@BeforeEach
	void setUp() {
		clock.set(ZonedDateTime.of(TODAY.atTime(10, 0), clock.getZone()));
	}

	private ResultActions submit(String... records) throws Exception {
		return mvc.perform(post("/api/v1/records").with(accounts.market())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"records\": [" + String.join(",", records) + "]}"));
	}

	private String person() {
		return synthetic.person().id().value();
	}

	private static String record(String item, String ref, String personId, String fields) {
		return """
				{"item": "%s", "sourceRef": "%s-%d", "subject": {"type": "NATURAL_PERSON", "id": "%s", "name": "孙八"},
				 "occurredOn": "2026-01-05", "fields": %s}""".formatted(item, ref, System.nanoTime(), personId, fields);
	}

	private static String utility(String personId, LocalDate remindedOn) {
		return record("UTILITY_ARREARS", "scope-utility", personId, """
				{"utility": "水费", "amount": 1200, "remindedOn": "%s", "supplier": "市自来水公司"}""".formatted(remindedOn));
	}

	private static String penalty(String personId, String procedure) {
		return record("ADMIN_PENALTY", "scope-penalty", personId, """
				{"decisionNumber": "沪市监罚〔2026〕8号", "penaltyType": "罚款", "decidedOn": "2026-01-05",
				 "authority": "市市场监督管理局"%s}""".formatted(procedure == null ? "" : ", \"procedure\": \"" + procedure + "\""));
	}

	@Test
	@DisplayName("R-13 utility arrears are collectable only 6 months after the reminder: 2 days and exactly 6 months refused, 6 months + 1 day accepted")
	void utilityArrearsWaitSixMonthsAfterTheReminder() throws Exception {
		String id = person();
		submit(utility(id, TODAY.minusDays(2)), utility(id, TODAY.minusMonths(6)), utility(id, TODAY.minusMonths(6).minusDays(1)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.accepted").value(1))
			.andExpect(jsonPath("$.results[0].status").value("REJECTED"))
			.andExpect(jsonPath("$.results[0].errors[0].field").value("fields.remindedOn"))
			.andExpect(jsonPath("$.results[0].errors[0].code").value("NOT_YET_COLLECTABLE"))
			.andExpect(jsonPath("$.results[0].errors[0].message").value(containsString("6个月")))
			.andExpect(jsonPath("$.results[1].errors[0].code").value("NOT_YET_COLLECTABLE"))
			.andExpect(jsonPath("$.results[2].status").value("CREATED"));
		// the six months are catalog data on the item, not a constant in the code
		mvc.perform(get("/api/v1/catalog"))
			.andExpect(jsonPath("$.items[?(@.code == 'UTILITY_ARREARS')].collectableAfter.period")
				.value(org.hamcrest.Matchers.hasItem("P6M")));
	}

	@Test
	@DisplayName("R-12 a 简易程序 penalty is refused as dishonesty information with SUMMARY_PROCEDURE_PENALTY; 一般程序 and absent are accepted")
	void onlyGeneralProcedurePenaltiesAreDishonesty() throws Exception {
		String id = person();
		submit(penalty(id, "简易程序"), penalty(id, "一般程序"), penalty(id, null))
			.andExpect(jsonPath("$.accepted").value(2))
			.andExpect(jsonPath("$.results[0].status").value("REJECTED"))
			.andExpect(jsonPath("$.results[0].errors[0].field").value("fields.procedure"))
			.andExpect(jsonPath("$.results[0].errors[0].code").value("SUMMARY_PROCEDURE_PENALTY"))
			.andExpect(jsonPath("$.results[0].errors[0].message").value(containsString("简易程序")))
			.andExpect(jsonPath("$.results[1].status").value("CREATED"))
			.andExpect(jsonPath("$.results[2].status").value("CREATED"));
		mvc.perform(post("/api/v1/records").with(accounts.market()).header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"records\": [" + penalty(id, "简易程序") + "]}"))
			.andExpect(jsonPath("$.results[0].errors[0].code").value("SUMMARY_PROCEDURE_PENALTY"))
			.andExpect(jsonPath("$.results[0].errors[0].message").value(containsString("summary procedure")));
		mvc.perform(get("/api/v1/catalog"))
			.andExpect(jsonPath("$.items[?(@.code == 'ADMIN_PENALTY')].fields[?(@.name == 'procedure')].label")
				.value(org.hamcrest.Matchers.hasItem("程序类型")));
	}

	@Test
	@DisplayName("R-11b a FARE_EVASION record without its decision number is refused; with it, accepted")
	void fareEvasionNamesItsDocument() throws Exception {
		String id = person();
		String without = """
				{"conduct": "地铁逃票", "transport": "轨道交通", "decidedOn": "2026-01-05", "authority": "市交通委执法总队"}""";
		String with = without.replace("\"decidedOn\"", "\"decisionNumber\": \"沪交执〔2026〕15号\", \"decidedOn\"");
		submit(record("FARE_EVASION", "scope-fare", id, without), record("FARE_EVASION", "scope-fare", id, with))
			.andExpect(jsonPath("$.results[0].status").value("REJECTED"))
			.andExpect(jsonPath("$.results[0].errors[0].field").value("fields.decisionNumber"))
			.andExpect(jsonPath("$.results[0].errors[0].code").value("REQUIRED"))
			.andExpect(jsonPath("$.results[1].status").value("CREATED"));
	}

	@Test
	@DisplayName("R-14 POST /records refuses prohibited field names written in traditional characters")
	void traditionalCharactersAreProhibitedToo() throws Exception {
		String id = person();
		for (String name : List.of("指紋", "遺傳信息", "病歷", "宗教信仰")) {
			submit(penalty(id, null).replace("\"authority\"", "\"" + name + "\": \"x\", \"authority\""))
				.andExpect(jsonPath("$.accepted").value(0))
				.andExpect(jsonPath("$.results[0].errors[0].field").value("fields." + name))
				.andExpect(jsonPath("$.results[0].errors[0].code").value("PROHIBITED_FIELD"));
		}
	}

	@Test
	@DisplayName("R-12 R-13 R-14 batch files go through the same rules: summary procedure, reminder period and traditional-character columns")
	void batchesApplyTheSameRules() throws Exception {
		String id = person();
		String penalties = "数据标识,主体类型,主体标识,主体名称,发生日期,终止日期,决定书文号,处罚类别,处罚决定日期,处罚机关,程序类型\n"
				+ "scope-b1-%1$s,自然人,%1$s,孙八,2026-01-05,,沪罚〔2026〕1号,罚款,2026-01-05,市市场监督管理局,简易程序\n"
				+ "scope-b2-%1$s,自然人,%1$s,孙八,2026-01-05,,沪罚〔2026〕2号,罚款,2026-01-05,市市场监督管理局,一般程序\n"
				+ "scope-b3-%1$s,自然人,%1$s,孙八,2026-01-05,,沪罚〔2026〕3号,罚款,2026-01-05,市市场监督管理局,\n";
		String body = finished(upload("p.csv", penalties.formatted(id), "ADMIN_PENALTY"));
		assertThat((Integer) JsonPath.read(body, "$.accepted")).isEqualTo(2);
		assertThat((Integer) JsonPath.read(body, "$.errors[0].row")).isEqualTo(2);
		assertThat((String) JsonPath.read(body, "$.errors[0].code")).isEqualTo("SUMMARY_PROCEDURE_PENALTY");
		String utilities = "sourceRef,subjectType,subjectId,subjectName,occurredOn,endedOn,utility,amount,remindedOn,supplier\n"
				+ "scope-u1-%1$s,NATURAL_PERSON,%1$s,孙八,2026-01-05,,电费,300,%2$s,市电力公司\n"
				+ "scope-u2-%1$s,NATURAL_PERSON,%1$s,孙八,2026-01-05,,电费,300,%3$s,市电力公司\n";
		body = finished(upload("u.csv", utilities.formatted(id, TODAY.minusDays(2), TODAY.minusMonths(6).minusDays(1)),
				"UTILITY_ARREARS"));
		assertThat((Integer) JsonPath.read(body, "$.accepted")).isEqualTo(1);
		assertThat((Integer) JsonPath.read(body, "$.errors[0].row")).isEqualTo(2);
		assertThat((String) JsonPath.read(body, "$.errors[0].code")).isEqualTo("NOT_YET_COLLECTABLE");
		String prohibited = "sourceRef,subjectId,occurredOn,指紋\nscope-t1,%s,2026-01-05,x\n".formatted(id);
		body = finished(upload("t.csv", prohibited, "ADMIN_PENALTY"));
		assertThat((String) JsonPath.read(body, "$.status")).isEqualTo("FAILED");
		assertThat((String) JsonPath.read(body, "$.failure")).isEqualTo("INVALID_HEADER");
		assertThat((String) JsonPath.read(body, "$.errors[0].code")).isEqualTo("PROHIBITED_FIELD");
	}

	private String upload(String name, String csv, String item) throws Exception {
		return BatchFixture.upload(mvc, accounts.market(), name, csv.getBytes(StandardCharsets.UTF_8), item);
	}

	private String finished(String id) throws Exception {
		return BatchFixture.finished(mvc, accounts.market(), id, Duration.ofSeconds(60));
	}
}
