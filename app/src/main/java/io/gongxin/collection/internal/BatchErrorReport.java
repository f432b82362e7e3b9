package io.gongxin.collection.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.gongxin.catalog.CatalogField;
import io.gongxin.catalog.CatalogItem;
import io.gongxin.subject.Identifiers;
import io.gongxin.subject.IdentifierCheck;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import org.springframework.stereotype.Component;

/**
 * A batch's error report as a spreadsheet: each rejected row as the provider sent it, with its row number (the
 * same as in their spreadsheet) and every reason, so the rows can be mended and sent again. A person's id
 * number is masked: the row number and source reference find the row.
 */
@Component
class BatchErrorReport {

	private static final int MAX_ERRORS = 100_000;

	private final BatchStore store;

	private final RejectedRows rejected;

	private final Identifiers identifiers;

	BatchErrorReport(BatchStore store, RejectedRows rejected, Identifiers identifiers) {
		this.store = store;
		this.rejected = rejected;
		this.identifiers = identifiers;
	}

	byte[] write(BatchStore.Batch batch, CatalogItem item) throws IOException {
		Map<Integer, List<BatchStore.RowError>> byRow = new LinkedHashMap<>();
		for (BatchStore.RowError error : store.errors(batch.id(), MAX_ERRORS)) {
			byRow.computeIfAbsent(error.row(), r -> new ArrayList<>()).add(error);
		}
		Map<Integer, RawRecord> rows = rowsOf(batch, item, byRow);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (Workbook workbook = new Workbook(out, "Gongxin", "1.0")) {
			Worksheet sheet = workbook.newWorksheet("错误报告");
			List<String> header = new ArrayList<>(List.of("行号", "错误说明", "错误代码", "字段", "来源编号", "主体类型",
					"主体标识", "主体名称", "发生日期", "结束日期"));
			item.fields().forEach(f -> header.add(f.label()));
			for (int c = 0; c < header.size(); c++) {
				sheet.value(0, c, header.get(c));
				sheet.style(0, c).bold().fillColor("F2F2F2").set();
				sheet.width(c, c == 1 ? 40 : 16);
			}
			int r = 1;
			for (Map.Entry<Integer, List<BatchStore.RowError>> entry : byRow.entrySet()) {
				List<BatchStore.RowError> errors = entry.getValue();
				sheet.value(r, 0, entry.getKey());
				sheet.value(r, 1, String.join("；", errors.stream().map(e -> e.error().message()).toList()));
				sheet.value(r, 2, String.join(",", errors.stream().map(e -> e.error().code()).distinct().toList()));
				sheet.value(r, 3, String.join(",", errors.stream().map(e -> e.error().field()).distinct().toList()));
				RawRecord raw = rows.get(entry.getKey());
				if (raw != null) {
					writeRow(sheet, r, raw, item);
				}
				r++;
			}
			sheet.freezePane(0, 1);
		}
		return out.toByteArray();
	}

	private void writeRow(Worksheet sheet, int r, RawRecord raw, CatalogItem item) {
		Object[] cells = { raw.sourceRef(), raw.subjectType(), masked(raw.subjectId()), raw.subjectName(), raw.occurredOn(),
				raw.endedOn() };
		for (int c = 0; c < cells.length; c++) {
			if (cells[c] != null) {
				sheet.value(r, 4 + c, String.valueOf(cells[c]));
			}
		}
		if (raw.fields() instanceof Map<?, ?> fields) {
			int c = 4 + cells.length;
			for (CatalogField field : item.fields()) {
				Object value = fields.get(field.name());
				if (value != null) {
					sheet.value(r, c, String.valueOf(value));
				}
				c++;
			}
		}
	}

	private String masked(Object id) {
		if (id == null) {
			return null;
		}
		IdentifierCheck check = identifiers.check(String.valueOf(id));
		return check.valid() ? check.identifier().masked() : "（无效标识，已隐去）";
	}

	/** The rejected rows as sent, kept at processing time (the uploaded file is deleted with the outcome). */
	private Map<Integer, RawRecord> rowsOf(BatchStore.Batch batch, CatalogItem item,
			Map<Integer, List<BatchStore.RowError>> wanted) {
		return rejected.read(batch.id(), wanted.keySet());
	}
}
