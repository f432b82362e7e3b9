package io.gongxin.query.internal;

import java.util.List;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A claimed batch query's lines as its worker reads them, with how many are already committed. */
@Component
class BatchQueryLines {

	private static final TypeReference<List<BatchQueryLine>> LINES = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final ObjectMapper json;

	BatchQueryLines(JdbcClient jdbc, ObjectMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	BatchQueryWork work(BatchQueryLease lease) {
		return jdbc.sql("""
				select username, purpose, subjects::text as subjects, lines_done from batch_queries where id = ?""")
			.param(lease.id())
			.query((rs, row) -> new BatchQueryWork(rs.getString("username"), rs.getString("purpose"),
					json.readValue(rs.getString("subjects"), LINES), rs.getInt("lines_done")))
			.single();
	}
}
