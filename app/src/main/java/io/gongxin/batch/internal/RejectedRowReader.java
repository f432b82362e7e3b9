package io.gongxin.batch.internal;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import io.gongxin.collection.RawRecord;
import io.gongxin.subject.DataSealing;
import tools.jackson.databind.ObjectMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Opens the rejected rows {@link RejectedRows} kept, for a batch's error report. */
@Component
class RejectedRowReader {

	private final JdbcClient jdbc;

	private final DataSealing sealing;

	private final ObjectMapper json;

	RejectedRowReader(JdbcClient jdbc, DataSealing sealing, ObjectMapper json) {
		this.jdbc = jdbc;
		this.sealing = sealing;
		this.json = json;
	}

	Map<Integer, RawRecord> read(UUID id, Collection<Integer> rows) {
		Map<Integer, RawRecord> found = new LinkedHashMap<>();
		if (rows.isEmpty()) {
			return found;
		}
		jdbc.sql("select row_no, content from batch_rejected_rows where batch_id = ? and row_no = any(?) order by row_no")
			.params(id, rows.toArray(Integer[]::new))
			.query(rs -> {
				int row = rs.getInt(1);
				byte[] plain = sealing.open(rs.getBytes(2), RejectedRows.context(id, row));
				found.put(row, json.readValue(new String(plain, StandardCharsets.UTF_8), KeptRow.class).raw());
			});
		return found;
	}
}
