package io.gongxin.batch.internal;

import java.util.Locale;

import io.gongxin.collection.RecordCheck;
import tools.jackson.databind.ObjectMapper;

import org.springframework.stereotype.Component;

/**
 * A row of a file checked exactly as a submission is ({@link RecordCheck}), and a valid row's catalog fields
 * written as the JSON that staging stores: both on the reader's thread ({@link ChunkReader}), so that the committing
 * thread only writes what was prepared.
 */
@Component
class RowChecks {

	private final RecordCheck validation;

	private final ObjectMapper json;

	RowChecks(RecordCheck validation, ObjectMapper json) {
		this.validation = validation;
		this.json = json;
	}

	/** What the provider's rows are checked against now (the published catalog, its permitted items, today). */
	RecordCheck.Context contextFor(String provider) {
		return validation.contextFor(provider, Locale.SIMPLIFIED_CHINESE);
	}

	CheckedRow check(SourceRow row, RecordCheck.Context context) {
		if (!row.cellErrors().isEmpty()) {
			return new CheckedRow(row, new RecordCheck.Checked(null, row.cellErrors()), null);
		}
		RecordCheck.Checked checked = validation.check(row.record(), context);
		return new CheckedRow(row, checked, checked.valid() ? json.writeValueAsBytes(checked.record().fields()) : null);
	}
}
