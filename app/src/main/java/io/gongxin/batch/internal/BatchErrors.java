package io.gongxin.batch.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.gongxin.collection.RecordError;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The rejected rows' errors of a batch ({@code batch_errors}), row by row. */
@Repository
class BatchErrors {

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	BatchErrors(JdbcClient jdbc, JdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	void add(UUID id, List<RowError> errors) {
		batch.batchUpdate("insert into batch_errors (batch_id, row_no, field, code, message) values (?, ?, ?, ?, ?)",
				errors.stream()
					.map(e -> new Object[] { id, e.row(), e.error().field(), e.error().code(), e.error().message() })
					.toList());
	}

	List<RowError> of(UUID id, int limit) {
		return jdbc.sql("select row_no, field, code, message from batch_errors where batch_id = ? order by row_no, field limit ?")
			.params(id, limit)
			.query((rs, row) -> new RowError(rs.getInt(1), new RecordError(rs.getString(2), rs.getString(3), rs.getString(4))))
			.list();
	}

	/** The first {@code limit} errors, grouped by row in row order. */
	Map<Integer, List<RowError>> byRow(UUID id, int limit) {
		Map<Integer, List<RowError>> byRow = new LinkedHashMap<>();
		for (RowError error : of(id, limit)) {
			byRow.computeIfAbsent(error.row(), r -> new ArrayList<>()).add(error);
		}
		return byRow;
	}

	long count(UUID id) {
		return jdbc.sql("select count(*) from batch_errors where batch_id = ?").param(id).query(Long.class).single();
	}
}
