package io.gongxin.batch.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;

import io.gongxin.catalog.CatalogItem;
import io.gongxin.collection.RawRecord;
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

	private final SentRowCells sent;

	BatchErrorReport(BatchErrors errors, RejectedRowReader rejected, SentRowCells sent) {
		this.errors = errors;
		this.rejected = rejected;
		this.sent = sent;
	}

	byte[] write(Batch batch, CatalogItem item) throws IOException {
		Map<Integer, List<RowError>> byRow = errors.byRow(batch.id(), MAX_ERRORS);
		Map<Integer, RawRecord> rows = rejected.read(batch.id(), byRow.keySet());
		List<TemplateColumn> columns = TemplateColumn.of(item);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (Workbook workbook = new Workbook(out, "Gongxin", "1.0")) {
			Worksheet sheet = workbook.newWorksheet("错误报告");
			ErrorReportSheet.header(sheet, columns, byRow.size());
			int r = 1;
			for (Map.Entry<Integer, List<RowError>> entry : byRow.entrySet()) {
				RawRecord raw = rows.get(entry.getKey());
				if (raw != null) {
					sent.write(sheet, r, raw, item);
				}
				ErrorReportSheet.errors(sheet, r, columns.size(), entry.getKey(), entry.getValue());
				r++;
			}
			sheet.freezePane(0, 1);
		}
		return out.toByteArray();
	}
}
