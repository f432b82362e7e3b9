package io.gongxin.batch.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.gongxin.collection.ValidRecord;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import tools.jackson.databind.ObjectMapper;

import org.springframework.stereotype.Component;

/** A chunk's staged rows as the PostgreSQL CSV that {@link ChunkCopy} copies into {@code batch_chunk}. */
@Component
class StagingCsv {

	private final ObjectMapper json;

	StagingCsv(ObjectMapper json) {
		this.json = json;
	}

	/** Each row with its record id: the one it had before ({@code EXISTING}), else a fresh one ({@code CREATED}). */
	String of(UUID batch, List<StagedRow> rows, Map<String, Long> existing, List<Long> fresh) {
		StringWriter csv = new StringWriter(rows.size() * 256);
		Iterator<Long> ids = fresh.iterator();
		try (CSVPrinter printer = new CSVPrinter(csv, CSVFormat.POSTGRESQL_CSV)) {
			for (StagedRow row : rows) {
				ValidRecord record = row.record();
				Long known = existing.get(row.sourceRef());
				printer.printRecord(batch, row.row(), row.sourceRef(), row.subjectKey(), record.occurredOn(),
						record.endedOn(), json.writeValueAsString(record.fields()), record.late(),
						known != null ? known : ids.next(), known != null ? "EXISTING" : "CREATED");
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return csv.toString();
	}
}
