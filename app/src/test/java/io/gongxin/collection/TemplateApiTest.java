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
}
