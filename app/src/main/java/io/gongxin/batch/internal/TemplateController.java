package io.gongxin.batch.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.gongxin.catalog.CatalogField;
import io.gongxin.catalog.CatalogItem;
import io.gongxin.catalog.Catalogs;
import io.gongxin.catalog.FieldType;
import io.gongxin.platform.DomainException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The XLSX template of an item: the Chinese header row a batch expects, identifier and text columns
 * formatted as text (so Excel never turns an id number into a rounded number), and a sheet that
 * explains each column.
 */
@RestController
@Tag(name = "collection")
class TemplateController {

	static final String XLSX_VALUE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	static final MediaType XLSX = MediaType.parseMediaType(XLSX_VALUE);

	private static final int TEXT_ROWS = 10_000;

	private final Catalogs catalogs;

	TemplateController(Catalogs catalogs) {
		this.catalogs = catalogs;
	}

	@GetMapping(path = "/api/v1/catalog/items/{code}/template", produces = XLSX_VALUE)
	@Operation(summary = "信息项的 XLSX 报送模板 / the XLSX template of an item")
	ResponseEntity<byte[]> template(@PathVariable String code) throws IOException {
		CatalogItem item = catalogs.published()
			.item(code)
			.orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND, "UNKNOWN_ITEM", Map.of("item", code), code));
		List<Column> columns = columns(item);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (Workbook workbook = new Workbook(out, "Gongxin", "1.0")) {
			Worksheet sheet = workbook.newWorksheet(item.name());
			for (int c = 0; c < columns.size(); c++) {
				Column column = columns.get(c);
				sheet.value(0, c, column.label());
				sheet.style(0, c).bold().fillColor("F2F2F2").set();
				sheet.width(c, Math.max(14, column.label().length() * 2.2));
				if (column.text()) {
					sheet.range(1, c, TEXT_ROWS, c).style().format("@").set();
				}
			}
			sheet.freezePane(0, 1);
			Worksheet help = workbook.newWorksheet("填写说明");
			String[] header = { "列名", "英文名", "类型", "必填", "可选值" };
			for (int c = 0; c < header.length; c++) {
				help.value(0, c, header[c]);
				help.style(0, c).bold().set();
			}
			for (int r = 0; r < columns.size(); r++) {
				Column column = columns.get(r);
				help.value(r + 1, 0, column.label());
				help.value(r + 1, 1, column.name());
				help.value(r + 1, 2, column.type());
				help.value(r + 1, 3, column.required() ? "是" : "否");
				help.value(r + 1, 4, column.values());
			}
		}
		String fileName = URLEncoder.encode(item.name() + "-" + item.code() + "-模板.xlsx", StandardCharsets.UTF_8)
			.replace("+", "%20");
		return ResponseEntity.ok()
			.contentType(XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename*=UTF-8''" + fileName)
			.body(out.toByteArray());
	}

	/** One column of the template, in order; the error report writes the same header. */
	record Column(String name, String label, String type, boolean required, String values, boolean text) {
	}

	static List<Column> columns(CatalogItem item) {
		List<Column> columns = new ArrayList<>();
		columns.add(new Column("sourceRef", "数据标识", "string", true, "本单位内唯一，重复报送即更正", true));
		columns.add(new Column("subjectType", "主体类型", "enum", false, "法人和其他组织 / 自然人", true));
		columns.add(new Column("subjectId", "主体标识", "identifier", true, "统一社会信用代码或身份证号码", true));
		columns.add(new Column("subjectName", "主体名称", "string", false, "", true));
		columns.add(new Column("occurredOn", "发生日期", "date", true, "YYYY-MM-DD", false));
		// R-27a: the query period runs from the end of the act, so say what an empty end date means for this item
		columns.add(new Column("endedOn", "终止日期", "date", false, item.continuing()
				? "YYYY-MM-DD；持续行为（欠缴、未履行等）终止之日，尚未终止的留空，查询期限自终止之日起算"
				: "YYYY-MM-DD；留空视为发生当日终止", false));
		for (CatalogField field : item.fields()) {
			boolean text = field.type() == FieldType.IDENTIFIER || field.type() == FieldType.STRING
					|| field.type() == FieldType.TEXT;
			columns.add(new Column(field.name(), field.label(), field.type().json(), field.required(),
					field.values() == null ? note(item, field) : String.join(" / ", field.values()), text));
		}
		return columns;
	}

	/** What the provider must know about a field beyond its type: when its date makes a record collectable (R-13). */
	private static String note(CatalogItem item, CatalogField field) {
		if (item.collectableAfter() != null && field.name().equals(item.collectableAfter().field())) {
			return "YYYY-MM-DD；此日期起满 " + item.collectableAfter().period() + "（ISO-8601 期间）仍未履行的方可报送";
		}
		return "";
	}
}
