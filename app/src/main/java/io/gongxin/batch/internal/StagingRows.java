package io.gongxin.batch.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.gongxin.collection.ValidRecord;

import org.springframework.stereotype.Component;

/**
 * A chunk's staged rows in the binary {@code COPY} format ({@link BinaryCopyRows}) that {@link ChunkCopy} streams
 * into {@code batch_chunk}, straight from the validated rows (their fields' JSON written by the reader, {@link RowChecks}):
 * no text form in between.
 */
@Component
class StagingRows {

	/** The columns of {@code batch_chunk} in the order each row writes them. */
	static final String COLUMNS = "batch_id, row_no, source_ref, subject_key, occurred_on, ended_on, fields, late, record_id, outcome";

	/** Each row with its record id: the one it had before ({@code EXISTING}), else a fresh one ({@code CREATED}). */
	ChunkCopy.Rows of(UUID batch, List<StagedRow> rows, Map<String, Long> existing, List<Long> fresh) {
		return out -> write(out, batch, rows, existing, fresh.iterator());
	}

	private void write(OutputStream stream, UUID batch, List<StagedRow> rows, Map<String, Long> existing,
			Iterator<Long> ids) throws IOException {
		BinaryCopyRows out = new BinaryCopyRows(stream);
		for (StagedRow row : rows) {
			ValidRecord record = row.record();
			Long known = existing.get(row.sourceRef());
			out.row(10).uuid(batch).integer(row.row()).text(row.sourceRef()).bigint(row.subjectKey())
				.date(record.occurredOn()).date(record.endedOn()).jsonb(row.fields())
				.bool(record.late()).bigint(known != null ? known : ids.next())
				.text(known != null ? "EXISTING" : "CREATED");
		}
		out.finish();
	}
}
