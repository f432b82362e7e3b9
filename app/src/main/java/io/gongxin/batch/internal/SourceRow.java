package io.gongxin.batch.internal;

import java.util.List;

import io.gongxin.collection.RawRecord;
import io.gongxin.collection.RecordError;

/**
 * One row of an uploaded file: its number as a spreadsheet shows it (the header is row 1; in JSON Lines
 * the line number), the record it carries, and what was already wrong with its cells.
 */
record SourceRow(int number, RawRecord record, List<RecordError> cellErrors) {

	SourceRow {
		cellErrors = List.copyOf(cellErrors);
	}
}
