package io.gongxin.collection;

import java.io.ByteArrayInputStream;
import java.util.List;

import io.gongxin.GongxinTest;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@GongxinTest
class TemplateApiTest {

	@Autowired
	MockMvc mvc;

	@Test
	void theTemplateHasTheChineseHeaderAndTextIdentifierColumns() throws Exception {
		byte[] xlsx = mvc.perform(get("/api/v1/catalog/items/ADMIN_PENALTY/template"))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
				.string("Content-Type", org.hamcrest.Matchers.startsWith("application/vnd.openxmlformats")))
			.andReturn().getResponse().getContentAsByteArray();
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx), new ReadingOptions(true, false))) {
			Sheet sheet = workbook.getFirstSheet();
			List<Row> rows = sheet.read();
			List<String> header = rows.get(0).stream().map(c -> c.getText()).toList();
			assertThat(header).startsWith("数据标识", "主体类型", "主体标识", "主体名称", "发生日期", "终止日期")
				.contains("决定书文号", "处罚类别", "处罚决定日期", "处罚机关");
			assertThat(workbook.getSheets().count()).isEqualTo(2);
		}
		mvc.perform(get("/api/v1/catalog/items/NO_SUCH/template"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("UNKNOWN_ITEM"));
	}

	@Test
	@org.junit.jupiter.api.DisplayName("R-12 R-13 R-27a the template states the item's rules: procedure column, reminder wait, what an empty end date means")
	void theTemplateStatesTheItemsRules() throws Exception {
		assertThat(help("ADMIN_PENALTY")).anySatisfy(row -> assertThat(row).startsWith("程序类型", "procedure")
			.anySatisfy(cell -> assertThat(cell).contains("简易程序")));
		assertThat(help("UTILITY_ARREARS")).anySatisfy(row -> assertThat(row).startsWith("催告日期", "remindedOn")
			.anySatisfy(cell -> assertThat(cell).contains("P6M")));
		assertThat(help("TAX_ARREARS")).anySatisfy(row -> assertThat(row).startsWith("终止日期")
			.anySatisfy(cell -> assertThat(cell).contains("尚未终止的留空")));
		assertThat(help("ADMIN_PENALTY")).anySatisfy(row -> assertThat(row).startsWith("终止日期")
			.anySatisfy(cell -> assertThat(cell).contains("留空视为发生当日终止")));
	}

	/** The rows of the template's help sheet, as text. */
	private List<List<String>> help(String item) throws Exception {
		byte[] xlsx = mvc.perform(get("/api/v1/catalog/items/{code}/template", item)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx), new ReadingOptions(true, false))) {
			Sheet sheet = workbook.getSheets().toList().get(1);
			return sheet.read().stream().map(r -> r.stream().map(c -> c == null ? "" : c.getText()).toList()).toList();
		}
	}
}
