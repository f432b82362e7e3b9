package io.gongxin.batch.internal;

import java.util.List;

import org.dhatim.fastexcel.Worksheet;

/** The error report's layout: the item's template header exactly, then the error columns an upload ignores. */
final class ErrorReportSheet {

	private ErrorReportSheet() {
	}

	/** The template's header, and its text columns formatted as text for the rows written. */
	static void header(Worksheet sheet, List<TemplateColumn> columns, int rows) {
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

	/** A rejected row's error columns from {@code errorsAt} on: every reason, their codes, its row in the file. */
	static void errors(Worksheet sheet, int r, int errorsAt, Integer row, List<RowError> errors) {
		sheet.value(r, errorsAt, String.join("；", errors.stream().map(e -> e.error().message()).toList()));
		sheet.value(r, errorsAt + 1, String.join(",", errors.stream().map(e -> e.error().code()).distinct().toList()));
		sheet.value(r, errorsAt + 2, row);
	}
}
