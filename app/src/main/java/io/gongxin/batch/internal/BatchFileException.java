package io.gongxin.batch.internal;

import java.util.List;

import io.gongxin.collection.RecordError;

/**
 * The file as a whole cannot be read on (wrong encoding, not a spreadsheet, a zip bomb, an unknown or
 * prohibited column): the batch fails with this code. Rows merged before the failure are kept.
 *
 * @param row the spreadsheet row at which reading stopped (1 for the header)
 */
public class BatchFileException extends RuntimeException {

	private final String code;

	private final int row;

	private final List<RecordError> errors;

	public BatchFileException(String code, int row, List<RecordError> errors) {
		super(code, null, false, false);
		this.code = code;
		this.row = row;
		this.errors = List.copyOf(errors);
	}

	public BatchFileException(String code, int row) {
		this(code, row, List.of(new RecordError("file", code, code)));
	}

	public String code() {
		return code;
	}

	public int row() {
		return row;
	}

	public List<RecordError> errors() {
		return errors;
	}
}
