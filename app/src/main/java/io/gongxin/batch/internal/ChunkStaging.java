package io.gongxin.batch.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import io.gongxin.collection.ValidRecord;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.postgresql.PGConnection;
import tools.jackson.databind.ObjectMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * A chunk's valid rows in the temporary table {@code batch_chunk}, by one {@code COPY}: each with its record
 * id, and whether it is new ({@code CREATED}) or names an earlier record of the provider ({@code EXISTING}).
 */
@Component
class ChunkStaging {

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	private final ObjectMapper json;

	ChunkStaging(JdbcClient jdbc, DataSource dataSource, ObjectMapper json) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		this.json = json;
	}

	/** Stages the rows; returns how many name an earlier record. */
	int stage(String provider, UUID batch, List<StagedRow> rows) {
		Map<String, Long> existing = existingKeys(provider, rows);
		int created = rows.size() - existing.size();
		List<Long> fresh = created == 0 ? List.of()
				: jdbc.sql("select nextval('record_id_seq') from generate_series(1, ?)").param(created).query(Long.class).list();
		copy(batch, rows, existing, fresh);
		return existing.size();
	}

	/** One indexed lookup for the whole chunk: which source references the provider has used before. */
	private Map<String, Long> existingKeys(String provider, List<StagedRow> rows) {
		Map<String, Long> existing = new HashMap<>();
		jdbc.sql("select source_ref, record_id from record_keys where provider = ? and source_ref = any(?)")
			.params(provider, rows.stream().map(StagedRow::sourceRef).toArray(String[]::new))
			.query((rs, n) -> existing.put(rs.getString(1), rs.getLong(2)))
			.list();
		return existing;
	}

	/**
	 * One COPY of the chunk's rows into a temporary table of this transaction (no WAL, no index, dropped at
	 * commit), on the transaction's own connection.
	 */
	private void copy(UUID batch, List<StagedRow> rows, Map<String, Long> existing, List<Long> fresh) {
		jdbc.sql("create temp table batch_chunk (like batch_staging) on commit drop").update();
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try {
			connection.unwrap(PGConnection.class)
				.getCopyAPI()
				.copyIn("copy batch_chunk (batch_id, row_no, source_ref, subject_key, occurred_on, ended_on, fields, late,"
						+ " record_id, outcome) from stdin (format csv)", new StringReader(csv(batch, rows, existing, fresh)));
		}
		catch (SQLException | IOException ex) {
			throw new IllegalStateException("COPY into batch_staging failed", ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
	}

	private String csv(UUID batch, List<StagedRow> rows, Map<String, Long> existing, List<Long> fresh) {
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
