package io.gongxin.collection;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.jayway.jsonpath.JsonPath;
import io.gongxin.GongxinTest;
import io.gongxin.TestAccounts;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@GongxinTest
class BatchApiTest {

	static final String COMPANY = "91350100M000100Y43";

	static final String OTHER = "91110000600037341L";

	static final String PERSON = "310101198506150032";

	static final String ENGLISH_HEADER = "sourceRef,subjectType,subjectId,subjectName,occurredOn,endedOn,decisionNumber,penaltyType,decidedOn,authority,amount\n";

	static final String CHINESE_HEADER = "数据标识,主体类型,主体标识,主体名称,发生日期,终止日期,决定书文号,处罚类别,处罚决定日期,处罚机关,罚款金额（万元）\n";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	static String row(String ref, String type, String id, String date) {
		return String.join(",", ref, type, id, "示例企业", date, "", "沪市监罚〔2025〕" + ref + "号", "罚款", date, "市市场监督管理局", "1.5")
				+ "\n";
	}

	String upload(RequestPostProcessor caller, String name, byte[] content, String item) throws Exception {
		String body = mvc.perform(multipart("/api/v1/batches").file(new MockMultipartFile("file", name, null, content))
			.param("item", item)
			.with(caller)).andExpect(status().isAccepted()).andExpect(jsonPath("$.status").value("QUEUED"))
			.andReturn().getResponse().getContentAsString();
		return JsonPath.read(body, "$.id");
	}

	/** Waits for the batch to end and returns its status document. */
	String finished(String id) throws Exception {
		return BatchFixture.finished(mvc, accounts.tax(), id, Duration.ofSeconds(60));
	}

	@Test
	@DisplayName("a CSV batch keeps its good rows beside the bad, errors numbered as the spreadsheet shows them")
	void csvWithGoodAndBadRows() throws Exception {
		String csv = ENGLISH_HEADER + row("csv-1", "LEGAL_PERSON", COMPANY, "2025-04-01")
				+ row("csv-2", "LEGAL_PERSON", "91350100M000100Y44", "2025-04-01")
				+ row("csv-3", "NATURAL_PERSON", PERSON, "2025-04-02") + row("csv-4", "LEGAL_PERSON", OTHER, "2025/4/3");
		String body = finished(upload(accounts.tax(), "penalties.csv", csv.getBytes(StandardCharsets.UTF_8), "ADMIN_PENALTY"));
		assertThat((String) JsonPath.read(body, "$.status")).isEqualTo("DONE");
		assertThat((Integer) JsonPath.read(body, "$.rows")).isEqualTo(4);
		assertThat((Integer) JsonPath.read(body, "$.accepted")).isEqualTo(3);
		assertThat((Integer) JsonPath.read(body, "$.rejected")).isEqualTo(1);
		assertThat((Integer) JsonPath.read(body, "$.errors[0].row")).isEqualTo(3);
		assertThat((String) JsonPath.read(body, "$.errors[0].field")).isEqualTo("subject.id");
		assertThat((String) JsonPath.read(body, "$.errors[0].code")).isEqualTo("INVALID_IDENTIFIER");
		assertThat((String) JsonPath.read(body, "$.errors[0].message")).isNotBlank();
		assertThat(jdbc.sql("select occurred_on from records where provider = 'TAX' and source_ref = 'csv-4'")
			.query(LocalDate.class).single()).isEqualTo(LocalDate.of(2025, 4, 3));
	}

	@Test
	@DisplayName("a GB18030 CSV from Excel on Chinese Windows, with Chinese headers and subject types, is read")
	void gb18030WithChineseHeaders() throws Exception {
		String csv = CHINESE_HEADER + row("gbk-1", "法人和其他组织", COMPANY, "2025-05-01") + row("gbk-2", "自然人", PERSON, "2025-05-02");
		String body = finished(upload(accounts.tax(), "处罚.csv", csv.getBytes(Charset.forName("GB18030")), "ADMIN_PENALTY"));
		assertThat((Integer) JsonPath.read(body, "$.accepted")).isEqualTo(2);
		assertThat(jdbc.sql("select fields->>'authority' from records where provider = 'TAX' and source_ref = 'gbk-1'")
			.query(String.class).single()).isEqualTo("市市场监督管理局");
		assertThat(jdbc.sql("select name from subjects where uscc = ?").param(COMPANY).query(String.class).single())
			.isNotBlank();
	}

	@Test
	void utf8WithByteOrderMarkAndJsonLines() throws Exception {
		byte[] bom = ("\uFEFF" + CHINESE_HEADER + row("bom-1", "法人和其他组织", COMPANY, "2025-05-03")).getBytes(StandardCharsets.UTF_8);
		assertThat((Integer) JsonPath.read(finished(upload(accounts.tax(), "bom.csv", bom, "ADMIN_PENALTY")), "$.accepted"))
			.isEqualTo(1);
		String lines = """
				{"sourceRef": "jsonl-1", "subject": {"type": "LEGAL_PERSON", "id": "%s"}, "occurredOn": "2025-06-01", "fields": {"decisionNumber": "x1", "penaltyType": "罚款", "decidedOn": "2025-06-01", "authority": "市税务局"}}
				not json
				{"item": "TAX_ARREARS", "sourceRef": "jsonl-3", "subject": {"type": "LEGAL_PERSON", "id": "%s"}, "occurredOn": "2025-06-01", "fields": {}}
				""".formatted(COMPANY, COMPANY);
		String body = finished(upload(accounts.tax(), "records.jsonl", lines.getBytes(StandardCharsets.UTF_8), "ADMIN_PENALTY"));
		assertThat((Integer) JsonPath.read(body, "$.accepted")).isEqualTo(1);
		assertThat((Integer) JsonPath.read(body, "$.rejected")).isEqualTo(2);
		assertThat((String) JsonPath.read(body, "$.errors[0].code")).isEqualTo("MALFORMED_JSON");
		assertThat((Integer) JsonPath.read(body, "$.errors[0].row")).isEqualTo(2);
		assertThat((String) JsonPath.read(body, "$.errors[1].code")).isEqualTo("ITEM_MISMATCH");
	}

	@Test
	@DisplayName("R-09a periodic batch files: uploading the same file twice stores nothing twice")
	void batchesAreIdempotent() throws Exception {
		String csv = ENGLISH_HEADER + row("again-1", "LEGAL_PERSON", COMPANY, "2025-04-01") + row("again-2", "LEGAL_PERSON", OTHER, "2025-04-01");
		finished(upload(accounts.tax(), "a.csv", csv.getBytes(StandardCharsets.UTF_8), "ADMIN_PENALTY"));
		String second = upload(accounts.tax(), "a.csv", csv.getBytes(StandardCharsets.UTF_8), "ADMIN_PENALTY");
		assertThat((Integer) JsonPath.read(finished(second), "$.accepted")).isEqualTo(2);
		assertThat(jdbc.sql("select count(*) from records where provider = 'TAX' and source_ref like 'again-%'")
			.query(Long.class).single()).isEqualTo(2);
		assertThat(jdbc.sql("select outcome from collection_log where batch_id = ?::uuid").param(second)
			.query(String.class).list()).containsOnly("UNCHANGED");
	}

	@Test
	@DisplayName("XLSX: Chinese headers, date cells, rounded numeric id numbers and formulas reported by row")
	void xlsx() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (Workbook workbook = new Workbook(out, "test", "1.0")) {
			Worksheet sheet = workbook.newWorksheet("处罚");
			String[] header = CHINESE_HEADER.strip().split(",");
			for (int c = 0; c < header.length; c++) {
				sheet.value(0, c, header[c]);
			}
			Object[][] rows = { { "xlsx-1", "法人和其他组织", COMPANY }, { "xlsx-2", "自然人", 310101198506150032d },
					{ "xlsx-3", "法人和其他组织", OTHER } };
			for (int r = 0; r < rows.length; r++) {
				sheet.value(r + 1, 0, (String) rows[r][0]);
				sheet.value(r + 1, 1, (String) rows[r][1]);
				if (rows[r][2] instanceof String text) {
					sheet.value(r + 1, 2, text);
				}
				else {
					sheet.value(r + 1, 2, (Double) rows[r][2]);
				}
				sheet.value(r + 1, 4, LocalDate.of(2025, 7, 1));
				sheet.style(r + 1, 4).format("yyyy-mm-dd").set();
				sheet.value(r + 1, 6, "决定" + r);
				sheet.value(r + 1, 7, "罚款");
				sheet.value(r + 1, 8, LocalDate.of(2025, 7, 1));
				sheet.style(r + 1, 8).format("yyyy-mm-dd").set();
				sheet.value(r + 1, 9, "市市场监督管理局");
				sheet.value(r + 1, 10, 2.5);
			}
			sheet.formula(3, 10, "1+1");
		}
		String body = finished(upload(accounts.tax(), "处罚.xlsx", out.toByteArray(), "ADMIN_PENALTY"));
		assertThat((String) JsonPath.read(body, "$.status")).isEqualTo("DONE");
		assertThat((Integer) JsonPath.read(body, "$.accepted")).isEqualTo(1);
		assertThat((Integer) JsonPath.read(body, "$.errors[0].row")).isEqualTo(3);
		assertThat((String) JsonPath.read(body, "$.errors[0].code")).isEqualTo("NUMERIC_IDENTIFIER");
		assertThat((Integer) JsonPath.read(body, "$.errors[1].row")).isEqualTo(4);
		assertThat((String) JsonPath.read(body, "$.errors[1].code")).isEqualTo("FORMULA_NOT_ALLOWED");
		assertThat(jdbc.sql("select occurred_on from records where provider = 'TAX' and source_ref = 'xlsx-1'")
			.query(LocalDate.class).single()).isEqualTo(LocalDate.of(2025, 7, 1));
	}

	@Test
	@DisplayName("malformed files fail with a clear code; rows before the damage are kept")
	void malformedFiles() throws Exception {
		byte[] utf16 = (ENGLISH_HEADER + row("u16", "LEGAL_PERSON", COMPANY, "2025-04-01")).getBytes(StandardCharsets.UTF_16);
		assertFailure(upload(accounts.tax(), "u16.csv", utf16, "ADMIN_PENALTY"), "INVALID_ENCODING");
		byte[] unknownColumn = ("sourceRef,subjectId,occurredOn,colour\nx,%s,2025-01-01,red\n".formatted(COMPANY)).getBytes(StandardCharsets.UTF_8);
		String body = assertFailure(upload(accounts.tax(), "c.csv", unknownColumn, "ADMIN_PENALTY"), "INVALID_HEADER");
		assertThat((String) JsonPath.read(body, "$.errors[0].code")).isEqualTo("UNKNOWN_FIELD");
		byte[] prohibited = ("sourceRef,subjectId,occurredOn,血型\nx,%s,2025-01-01,A\n".formatted(PERSON)).getBytes(StandardCharsets.UTF_8);
		body = assertFailure(upload(accounts.tax(), "p.csv", prohibited, "ADMIN_PENALTY"), "INVALID_HEADER");
		assertThat((String) JsonPath.read(body, "$.errors[0].code")).isEqualTo("PROHIBITED_FIELD");
		assertFailure(upload(accounts.tax(), "fake.xlsx", "PK not really a zip".getBytes(StandardCharsets.UTF_8), "ADMIN_PENALTY"),
				"NOT_A_SPREADSHEET");
		assertFailure(upload(accounts.tax(), "bomb.xlsx", zipBomb(), "ADMIN_PENALTY"), "ZIP_BOMB");
		String unclosed = ENGLISH_HEADER + row("quote-1", "LEGAL_PERSON", COMPANY, "2025-04-01") + "quote-2,\"LEGAL_PERSON,oops\n";
		body = assertFailure(upload(accounts.tax(), "q.csv", unclosed.getBytes(StandardCharsets.UTF_8), "ADMIN_PENALTY"),
				"MALFORMED_FILE");
		assertThat((Integer) JsonPath.read(body, "$.accepted")).isEqualTo(1);
	}

	@Test
	@DisplayName("ragged rows, formulas and huge cells are row errors; the other rows are kept")
	void badRowsInAGoodFile() throws Exception {
		String huge = "x".repeat(10 * 1024 * 1024);
		String csv = ENGLISH_HEADER + row("rag-1", "LEGAL_PERSON", COMPANY, "2025-04-01") + "rag-2,LEGAL_PERSON," + COMPANY + "\n"
				+ row("rag-3", "LEGAL_PERSON", COMPANY, "2025-04-01").replace("市市场监督管理局", "=HYPERLINK(\"x\")")
				+ row("rag-4", "LEGAL_PERSON", COMPANY, "2025-04-01").replace("市市场监督管理局", huge)
				+ row("rag-5", "LEGAL_PERSON", OTHER, "2025-04-01");
		String body = finished(upload(accounts.tax(), "r.csv", csv.getBytes(StandardCharsets.UTF_8), "ADMIN_PENALTY"));
		assertThat((String) JsonPath.read(body, "$.status")).isEqualTo("DONE");
		assertThat((Integer) JsonPath.read(body, "$.accepted")).isEqualTo(2);
		assertThat((Integer) JsonPath.read(body, "$.rejected")).isEqualTo(3);
		assertThat(JsonPath.<java.util.List<String>>read(body, "$.errors[*].code")).contains("ROW_MALFORMED",
				"FORMULA_NOT_ALLOWED", "TOO_LONG");
	}

	@Test
	void whoMayUploadAndRead() throws Exception {
		byte[] csv = (ENGLISH_HEADER + row("who-1", "LEGAL_PERSON", COMPANY, "2025-04-01")).getBytes(StandardCharsets.UTF_8);
		MockMultipartFile file = new MockMultipartFile("file", "w.csv", null, csv);
		mvc.perform(multipart("/api/v1/batches").file(file).param("item", "ADMIN_PENALTY")).andExpect(status().isUnauthorized());
		mvc.perform(multipart("/api/v1/batches").file(file).param("item", "ADMIN_PENALTY").with(accounts.querier()))
			.andExpect(status().isForbidden());
		mvc.perform(multipart("/api/v1/batches").file(file).param("item", "EXAM_CHEATING").with(accounts.tax()))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("ITEM_NOT_PERMITTED"));
		mvc.perform(multipart("/api/v1/batches").file(file).param("item", "NO_SUCH_ITEM").with(accounts.tax()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("UNKNOWN_ITEM"));
		mvc.perform(multipart("/api/v1/batches").param("item", "ADMIN_PENALTY").with(accounts.tax()))
			.andExpect(status().isBadRequest());
		String id = upload(accounts.tax(), "w.csv", csv, "ADMIN_PENALTY");
		mvc.perform(get("/api/v1/batches/{id}", id).with(accounts.market())).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/batches/{id}", id).with(accounts.center())).andExpect(status().isOk());
		mvc.perform(get("/api/v1/batches/{id}", id)).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/batches/not-a-uuid").with(accounts.tax()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("INVALID_PARAMETER"));
	}

	private String assertFailure(String id, String code) throws Exception {
		String body = finished(id);
		assertThat((String) JsonPath.read(body, "$.status")).isEqualTo("FAILED");
		assertThat((String) JsonPath.read(body, "$.failure")).isEqualTo(code);
		assertThat(JsonPath.<java.util.List<Object>>read(body, "$.errors")).isNotEmpty();
		return body;
	}

	private static byte[] zipBomb() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
			byte[] zeros = new byte[1024 * 1024];
			for (int i = 0; i < 64; i++) {
				zip.write(zeros);
			}
			zip.closeEntry();
		}
		return out.toByteArray();
	}

}
