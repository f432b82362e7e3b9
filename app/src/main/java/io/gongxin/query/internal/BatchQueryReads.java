package io.gongxin.query.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** An organisation's batch queries read back (R-20b): the latest ones, and one with its answers once done. */
@Repository
class BatchQueryReads {

	private static final TypeReference<List<BatchQueryResult.Answer>> ANSWERS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final ObjectMapper json;

	BatchQueryReads(JdbcClient jdbc, ObjectMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** The organisation's latest batch queries, newest first (without their results). */
	List<BatchQuerySummary> recent(String organisation, int limit) {
		return jdbc.sql("""
				select id, status, purpose, jsonb_array_length(subjects) as total, created_at, finished_at
				  from batch_queries where organisation = ? order by created_at desc limit ?""")
			.params(organisation, limit)
			.query((rs, row) -> new BatchQuerySummary(rs.getObject("id", UUID.class), rs.getString("status"),
					rs.getString("purpose"), rs.getInt("total"), rs.getObject("created_at", OffsetDateTime.class),
					rs.getObject("finished_at", OffsetDateTime.class)))
			.list();
	}

	/** One of the organisation's batch queries, with its answers once it is done. */
	Optional<BatchQueryResult> find(UUID id, String organisation) {
		return jdbc.sql("""
				select status, jsonb_array_length(subjects) as total,
				       case when status = 'DONE' then results::text end as results, created_at, finished_at, expires_at
				  from batch_queries where id = ? and organisation = ?""")
			.params(id, organisation)
			.query((rs, row) -> {
				BatchQueryResult result = new BatchQueryResult(id, rs.getString("status"), rs.getInt("total"),
						rs.getObject("created_at", OffsetDateTime.class), rs.getObject("finished_at", OffsetDateTime.class),
						rs.getObject("expires_at", OffsetDateTime.class), null, null);
				String answers = rs.getString("results");
				return answers == null ? result : BatchQueryResult.done(result, json.readValue(answers, ANSWERS));
			})
			.optional();
	}
}
