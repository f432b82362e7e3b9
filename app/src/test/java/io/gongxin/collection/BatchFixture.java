package io.gongxin.collection;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Batches as tests send them through the API and wait for them, and spreadsheets as a person edits them. */
public final class BatchFixture {

	private BatchFixture() {
	}

	/** Uploads the file as the provider and answers the batch's id. */
	public static String upload(MockMvc mvc, RequestPostProcessor provider, String name, byte[] content, String item)
			throws Exception {
		String body = mvc.perform(multipart("/api/v1/batches").file(new MockMultipartFile("file", name, null, content))
			.param("item", item)
			.with(provider)).andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString();
		return JsonPath.read(body, "$.id");
	}

	/** The batch once DONE or FAILED, as {@code GET /batches/{id}} answers it. */
	public static String finished(MockMvc mvc, RequestPostProcessor provider, String id, Duration within)
			throws Exception {
		long deadline = System.nanoTime() + within.toNanos(); // a wait on the wall clock, not a date
		while (System.nanoTime() < deadline) {
			String body = mvc.perform(get("/api/v1/batches/{id}", id).with(provider))
				.andReturn().getResponse().getContentAsString();
			String status = JsonPath.read(body, "$.status");
			if (status.equals("DONE") || status.equals("FAILED")) {
				return body;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("batch " + id + " did not finish");
	}

	/** The first sheet's rows as text, leaving out rows that are only formatted. */
	public static List<List<String>> readXlsx(byte[] xlsx) throws Exception {
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			List<List<String>> rows = new ArrayList<>();
			for (Row row : workbook.getFirstSheet().read()) {
				List<String> cells = new ArrayList<>();
				for (int c = 0; c < row.getCellCount(); c++) {
					cells.add(row.getCellText(c));
				}
				if (cells.stream().anyMatch(cell -> cell != null && !cell.isBlank())) {
					rows.add(cells);
				}
			}
			return rows;
		}
	}

	/** The rows as a person's spreadsheet program saves them: every cell as text. */
	public static byte[] writeXlsx(List<List<String>> rows) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (Workbook workbook = new Workbook(out, "Test", "1.0")) {
			Worksheet sheet = workbook.newWorksheet("错误报告");
			for (int r = 0; r < rows.size(); r++) {
				for (int c = 0; c < rows.get(r).size(); c++) {
					String value = rows.get(r).get(c);
					if (value != null && !value.isEmpty()) {
						sheet.value(r, c, value);
					}
				}
			}
		}
		return out.toByteArray();
	}
}
