package io.gongxin.batch.internal;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import io.gongxin.GongxinTest;
import io.gongxin.PageSession;
import io.gongxin.TestAccounts;
import io.gongxin.collection.BatchFixture;
import io.gongxin.synthetic.SyntheticOrganisation;
import io.gongxin.synthetic.SyntheticSubjects;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 14 point 7: the error report of a batch is the template with the rejected rows and error columns after
 * it, so the person mends the rows and sends the report back as it is; the messages name the columns as the
 * person sees them; a file of another item's columns names that item.
 */
@GongxinTest
class ErrorReportRoundTripTest {

	static final String HEADER = "数据标识,主体类型,主体标识,主体名称,发生日期,终止日期,决定书文号,处罚类别,处罚决定日期,处罚机关,罚款金额（万元）\n";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	@DisplayName("R-09a the error report keeps the template's header; mended and uploaded as it is, its rows are accepted and nothing is duplicated")
	void theMendedErrorReportIsAccepted() throws Exception {
		String ref = "round-" + System.nanoTime();
		SyntheticSubjects city = new SyntheticSubjects(System.nanoTime());
		StringBuilder csv = new StringBuilder(HEADER);
		csv.append(row(ref + "-1", city, "2", "2025-04-01"));
		csv.append(row(ref + "-2", city, "两万", "2025-04-02"));
		csv.append(row(ref + "-3", city, "1.5", "2025-04-03"));
		csv.append(row(ref + "-4", city, "3", ""));
		String first = finished(upload("penalties.csv", csv.toString().getBytes(StandardCharsets.UTF_8)));
		assertThat((Integer) JsonPath.read(first, "$.accepted")).isEqualTo(2);
		assertThat((Integer) JsonPath.read(first, "$.rejected")).isEqualTo(2);
		// the API keeps its field keys; the message names the column as the person sees it
		assertThat(JsonPath.<List<String>>read(first, "$.errors[*].field")).containsExactlyInAnyOrder("fields.amount",
				"fields.decidedOn");
		assertThat(JsonPath.<List<String>>read(first, "$.errors[*].message"))
			.containsExactlyInAnyOrder("罚款金额（万元）：应为数字。", "处罚决定日期：必填。");

		PageSession tax = PageSession.login(mvc, "tax", "tax-demo");
		byte[] report = mvc.perform(get("/provider/batches/{id}/errors.xlsx", (String) JsonPath.read(first, "$.id")).with(tax))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		List<String> template = header(mvc.perform(get("/api/v1/catalog/items/ADMIN_PENALTY/template"))
			.andReturn().getResponse().getContentAsByteArray());
		List<List<String>> rows = read(report);
		assertThat(rows.get(0).subList(0, template.size())).isEqualTo(template);
		assertThat(rows.get(0).subList(template.size(), rows.get(0).size())).isEqualTo(ColumnMap.REPORT_COLUMNS);
		assertThat(rows).hasSize(3);
		int amount = template.indexOf("罚款金额（万元）");
		int decidedOn = template.indexOf("处罚决定日期");
		assertThat(rows.get(1).get(0)).isEqualTo(ref + "-2");
		assertThat(rows.get(1).get(template.size())).isEqualTo("罚款金额（万元）：应为数字。");
		assertThat(rows.get(1).get(template.size() + 2)).isEqualTo("3");
		assertThat(rows.get(2).get(template.size())).isEqualTo("处罚决定日期：必填。");

		rows.get(1).set(amount, "2");
		rows.get(2).set(decidedOn, "2025-04-04");
		String second = finished(upload("错误报告-已改正.xlsx", write(rows)));
		assertThat((String) JsonPath.read(second, "$.status")).isEqualTo("DONE");
		assertThat((Integer) JsonPath.read(second, "$.accepted")).isEqualTo(2);
		assertThat((Integer) JsonPath.read(second, "$.rejected")).isZero();
		assertThat(jdbc.sql("select count(*) from record_keys where provider = 'TAX' and source_ref like ?")
			.param(ref + "-%").query(Integer.class).single()).isEqualTo(4);
	}

	@Test
	@DisplayName("R-09a a file whose columns are another item's fails its header and names the item they match")
	void aWrongItemIsNamed() throws Exception {
		String body = finished(upload("arrears.csv", ("数据标识,主体类型,主体标识,主体名称,发生日期,终止日期,欠缴税种,欠缴金额（元）,催缴文书号\n"
				+ "x-1,法人和其他组织,91350100M000100Y43,示例企业,2025-04-01,,增值税,100,沪税催〔2025〕1号\n")
			.getBytes(StandardCharsets.UTF_8)));
		assertThat((String) JsonPath.read(body, "$.status")).isEqualTo("FAILED");
		assertThat(JsonPath.<List<String>>read(body, "$.errors[*].code")).contains("ITEM_SUGGESTED", "UNKNOWN_FIELD");
		assertThat(JsonPath.<List<String>>read(body, "$.errors[?(@.code == 'ITEM_SUGGESTED')].message").get(0))
			.contains("TAX_ARREARS", "是否选错了信息项");
	}

	private static String row(String ref, SyntheticSubjects city, String amount, String decidedOn) {
		SyntheticOrganisation company = city.organisation();
		return String.join(",", ref, "法人和其他组织", company.code().value(), company.name(), "2025-04-01", "",
				"沪税罚〔2025〕" + ref + "号", "罚款", decidedOn, "市税务局", amount) + "\n";
	}

	private String upload(String name, byte[] content) throws Exception {
		return BatchFixture.upload(mvc, accounts.tax(), name, content, "ADMIN_PENALTY");
	}

	private String finished(String id) throws Exception {
		return BatchFixture.finished(mvc, accounts.tax(), id, Duration.ofSeconds(90));
	}

	private static List<List<String>> read(byte[] xlsx) throws Exception {
		return BatchFixture.readXlsx(xlsx);
	}

	private static byte[] write(List<List<String>> rows) throws Exception {
		return BatchFixture.writeXlsx(rows);
	}

	private static List<String> header(byte[] xlsx) throws Exception {
		return read(xlsx).get(0);
	}
}
