package io.gongxin.batch.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.gongxin.catalog.CatalogField;
import io.gongxin.catalog.CatalogItem;
import io.gongxin.collection.RawRecord;
import io.gongxin.subject.IdentifierCheck;
import io.gongxin.subject.Identifiers;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import org.springframework.stereotype.Component;

/**
 * A batch's error report as a spreadsheet: the item's template header exactly, each rejected row as the provider
 * sent it, then the error columns ({@link ColumnMap#REPORT_COLUMNS}: every reason, its code, the row number in
 * the provider's file), which an upload ignores. So the person mends the rows and sends the report back as it
 * is; the rows already accepted are not in it and the source references keep the upload idempotent. A person's
 * id number is masked: it must be typed again before the row is sent back.
 */
@Component
class BatchErrorReport {

	private static final int MAX_ERRORS = 100_000;

	private final BatchErrors errors;

	private final RejectedRowReader rejected;

	private final Identifiers identifiers;

	BatchErrorReport(BatchErrors errors, RejectedRowReader rejected, Identifiers identifiers) {
		this.errors = errors;
		this.rejected = rejected;
		this.identifiers = identifiers;
	}

	byte[] write(Batch batch, CatalogItem item) throws IOException {
		Map<Integer, List<RowError>> byRow = new LinkedHashMap<>();
		for (RowError error : errors.of(batch.id(), MAX_ERRORS)) {
			byRow.computeIfAbsent(error.row(), r -> new ArrayList<>()).add(error);
		}
		Map<Integer, RawRecord> rows = rejected.read(batch.id(), byRow.keySet());
		List<TemplateColumn> columns = TemplateColumn.of(item);
		int errorsAt = columns.size();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (Workbook workbook = new Workbook(out, "Gongxin", "1.0")) {
			Worksheet sheet = workbook.newWorksheet("错误报告");
			header(sheet, columns, byRow.size());
			int r = 1;
			for (Map.Entry<Integer, List<RowError>> entry : byRow.entrySet()) {
				List<RowError> errors = entry.getValue();
				RawRecord raw = rows.get(entry.getKey());
				if (raw != null) {
					writeRow(sheet, r, raw, item);
				}
				sheet.value(r, errorsAt, String.join("；", errors.stream().map(e -> e.error().message()).toList()));
				sheet.value(r, errorsAt + 1, String.join(",", errors.stream().map(e -> e.error().code()).distinct().toList()));
				sheet.value(r, errorsAt + 2, entry.getKey());
				r++;
			}
			sheet.freezePane(0, 1);
		}
		return out.toByteArray();
	}

	/** The template's header, and its text columns formatted as text for the rows written. */
	private static void header(Worksheet sheet, List<TemplateColumn> columns, int rows) {
		for (int c = 0; c < columns.size(); c++) {
			sheet.value(0, c, columns.get(c).label());
			sheet.style(0, c).bold().fillColor("F2F2F2").set();
			sheet.width(c, 16);
			// the rejected rows only: a reader counts formatted empty rows as rows
			if (columns.get(c).text() && rows > 0) {
				sheet.range(1, c, rows, c).style().format("@").set();
			}
		}
		for (int e = 0; e < ColumnMap.REPORT_COLUMNS.size(); e++) {
			int c = columns.size() + e;
			sheet.value(0, c, ColumnMap.REPORT_COLUMNS.get(e));
			sheet.style(0, c).bold().fillColor("FCE4D6").set();
			sheet.width(c, e == 0 ? 48 : 14);
		}
	}

	private void writeRow(Worksheet sheet, int r, RawRecord raw, CatalogItem item) {
		Object[] cells = { raw.sourceRef(), raw.subjectType(), masked(raw.subjectId()), raw.subjectName(), raw.occurredOn(),
				raw.endedOn() };
		for (int c = 0; c < cells.length; c++) {
			if (cells[c] != null) {
				sheet.value(r, c, String.valueOf(cells[c]));
			}
		}
		if (raw.fields() instanceof Map<?, ?> fields) {
			int c = cells.length;
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
}
