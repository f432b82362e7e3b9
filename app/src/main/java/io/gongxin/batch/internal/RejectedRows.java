package io.gongxin.batch.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.gongxin.subject.DataSealing;
import tools.jackson.databind.ObjectMapper;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The rejected rows of a batch as the provider sent them, kept for its error report after the uploaded
 * file is deleted: each value cut ({@link KeptRow}), the row sealed with the vault's key
 * (a rejected row may carry an id number anywhere), at most {@value #MAX_ROWS} rows per batch.
 * The report reads them back through {@link RejectedRowReader}.
 */
@Component
class RejectedRows {

	static final int MAX_ROWS = 100_000;

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	private final DataSealing sealing;

	private final ObjectMapper json;

	RejectedRows(JdbcClient jdbc, JdbcTemplate batch, DataSealing sealing, ObjectMapper json) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.sealing = sealing;
		this.json = json;
	}

	/** Keeps the rows; runs in the chunk's transaction. Returns how many were kept. */
	int keep(UUID id, List<SourceRow> rows, int room) {
		List<Object[]> values = new ArrayList<>();
		for (SourceRow row : rows.subList(0, Math.min(rows.size(), Math.max(room, 0)))) {
			byte[] plain = json.writeValueAsString(KeptRow.of(row.record())).getBytes(StandardCharsets.UTF_8);
			values.add(new Object[] { id, row.number(), sealing.seal(plain, context(id, row.number())) });
		}
		batch.batchUpdate("insert into batch_rejected_rows (batch_id, row_no, content) values (?, ?, ?) on conflict do nothing",
				values);
		return values.size();
	}

	int count(UUID id) {
		return jdbc.sql("select count(*) from batch_rejected_rows where batch_id = ?").param(id).query(Integer.class).single();
	}

	static String context(UUID id, int row) {
		return "batch-row:" + id + ":" + row;
	}
}
