package io.gongxin.batch.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.gongxin.collection.RecordCheck;

import org.springframework.stereotype.Component;

/** A chunk's refused rows: their errors, numbered as the spreadsheet shows them, and the rows kept for the report. */
@Component
class ChunkRefusals {

	private final BatchErrors errors;

	private final RejectedRows rejected;

	private final RecordCheck checks;

	ChunkRefusals(BatchErrors errors, RejectedRows rejected, RecordCheck checks) {
		this.errors = errors;
		this.rejected = rejected;
		this.checks = checks;
	}

	/** The errors of the rows that failed their check. */
	static List<RowError> of(Chunk chunk) {
		List<RowError> errors = new ArrayList<>();
		for (CheckedRow row : chunk.rows) {
			row.check().errors().forEach(e -> errors.add(new RowError(row.row().number(), e)));
		}
		return errors;
	}

	/** Writes the errors (the merge's revoked rows' too), keeps the refused rows as read; returns how many. */
	int keep(Chunk chunk, List<RowError> refused, List<Integer> revokedRows) {
		revokedRows.forEach(row -> refused.add(new RowError(row, checks.revokedSourceRef(Locale.SIMPLIFIED_CHINESE))));
		errors.add(chunk.target.id(), refused);
		keepRejected(chunk, refused);
		return (int) refused.stream().map(RowError::row).distinct().count();
	}

	/** The refused rows as they were read, for the error report, up to {@link RejectedRows#MAX_ROWS} a batch. */
	private void keepRejected(Chunk chunk, List<RowError> refused) {
		Set<Integer> numbers = new HashSet<>();
		refused.forEach(e -> numbers.add(e.row()));
		if (chunk.keptRows < 0) {
			chunk.keptRows = rejected.count(chunk.target.id());
		}
		chunk.keptRows += rejected.keep(chunk.target.id(),
				chunk.rows.stream().map(CheckedRow::row).filter(r -> numbers.contains(r.number())).toList(),
				RejectedRows.MAX_ROWS - chunk.keptRows);
	}
}
