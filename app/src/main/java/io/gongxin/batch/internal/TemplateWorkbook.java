package io.gongxin.batch.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import io.gongxin.catalog.CatalogItem;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The XLSX template of an item: the Chinese header row a batch expects, identifier and text columns formatted
 * as text (so Excel never turns an id number into a rounded number), and a sheet that explains each column.
 */
final class TemplateWorkbook {

	private static final int TEXT_ROWS = 10_000;

	private TemplateWorkbook() {
	}

	static byte[] of(CatalogItem item) throws IOException {
		List<TemplateColumn> columns = TemplateColumn.of(item);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (Workbook workbook = new Workbook(out, "Gongxin", "1.0")) {
			Worksheet sheet = workbook.newWorksheet(item.name());
			for (int c = 0; c < columns.size(); c++) {
				TemplateColumn column = columns.get(c);
				sheet.value(0, c, column.label());
				sheet.style(0, c).bold().fillColor("F2F2F2").set();
				sheet.width(c, Math.max(14, column.label().length() * 2.2));
				if (column.text()) {
					sheet.range(1, c, TEXT_ROWS, c).style().format("@").set();
				}
			}
			sheet.freezePane(0, 1);
			help(workbook.newWorksheet("填写说明"), columns);
		}
		return out.toByteArray();
	}

	private static void help(Worksheet help, List<TemplateColumn> columns) {
		String[] header = { "列名", "英文名", "类型", "必填", "可选值" };
		for (int c = 0; c < header.length; c++) {
			help.value(0, c, header[c]);
			help.style(0, c).bold().set();
		}
		for (int r = 0; r < columns.size(); r++) {
			TemplateColumn column = columns.get(r);
			help.value(r + 1, 0, column.label());
			help.value(r + 1, 1, column.name());
			help.value(r + 1, 2, column.type());
			help.value(r + 1, 3, column.required() ? "是" : "否");
			help.value(r + 1, 4, column.values());
		}
	}
}
